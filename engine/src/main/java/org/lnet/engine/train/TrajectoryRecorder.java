package org.lnet.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;

/**
 * Step observer of the flow integrator: records the trajectory at evenly spaced times through the
 * integrator's dense output, reports progress and honours cancellation after every step.
 */
final class TrajectoryRecorder implements StepHandler {

    private final Observables observables;
    private final double horizon;
    private final int records;
    private final Progress progress;
    private final List<TrajectoryPoint> points = new ArrayList<>();
    private int next;

    TrajectoryRecorder(Observables observables, double horizon, int records, Progress progress) {
        this.observables = observables;
        this.horizon = horizon;
        this.records = records;
        this.progress = progress;
    }

    @Override
    public void init(double t0, double[] y0, double t) {
        points.clear();
        points.add(observables.at(t0, -1, y0));
        next = 1;
    }

    @Override
    public void handleStep(StepInterpolator interpolator, boolean isLast) {
        progress.checkCanceled();
        double now = interpolator.getCurrentTime();
        double[] state = interpolator.getInterpolatedState();
        for (double v : state) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("U0", "The gradient flow left the range of floating-point numbers at t = " + now
                    + ": the initial weights are too large for this data; scale U0 and V0 down.");
            }
        }
        while (next <= records && recordTime(next) <= now) {
            double t = recordTime(next);
            interpolator.setInterpolatedTime(t);
            points.add(observables.at(t, -1, interpolator.getInterpolatedState()));
            next++;
        }
        progress.report(now / horizon, String.format(java.util.Locale.ROOT, "gradient flow t = %.4g of %.4g", now, horizon));
    }

    private double recordTime(int j) {
        return horizon * j / (records + 1);
    }

    /** Adds the final state unless the last record is already at that time. */
    List<TrajectoryPoint> finish(double t, double[] state) {
        if (points.get(points.size() - 1).t() < t) {
            points.add(observables.at(t, -1, state));
        }
        return points;
    }
}
