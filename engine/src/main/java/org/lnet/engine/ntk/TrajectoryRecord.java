package org.lnet.engine.ntk;

/**
 * One point of a training run. Prediction distances are root mean squares over the points,
 * sqrt((1/N) sum_i (f(x_i; W(t)) - f_lin(x_i))^2), so they do not grow with the number of points.
 *
 * @param step gradient-descent steps taken
 * @param loss the training loss at W(t), in the run's convention
 * @param weightDistance ||W(t) - W_lin||_F
 * @param relativeWeightDistance ||W(t) - W_lin||_F / ||W_lin - W(0)||_F (1 at step 0)
 * @param trainPredictionDistance RMS of f(x_i; W(t)) - f_lin(x_i) on the training inputs (f_lin = y there)
 * @param testPredictionDistance RMS of f(x; W(t)) - f_lin(x) on the test inputs; NaN when the run has none
 */
public record TrajectoryRecord(long step, double loss, double weightDistance, double relativeWeightDistance,
                               double trainPredictionDistance, double testPredictionDistance) {
}
