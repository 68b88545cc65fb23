package org.lnet.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;

/**
 * A start whose weights are too large for double precision is refused when it meets the data, naming the weights
 * and the remedy. Before, σ = 1e100 made descent report "the step lr = 0.01 is too large" (its loss was infinite from
 * the start), the bounds report initialDistanceOp = NaN, and σ_U = 1e200 failed inside an eigen-decomposition with
 * an IllegalStateException, which reached Weka's log as a stack trace.
 */
class ExtremeWeightsTest {

    private final DataDecomposition data = DataDecomposition.of(Fixtures.gaussian(6, 10, 1, 3),
        Fixtures.gaussian(6, 2, 1, 4));

    @Test
    void weightsBeyondDoublePrecisionAreRefusedWhereverTheyMeetData() {
        for (double[] sigma : new double[][] {{1e100, 1e100}, {1e200, 1e-200}}) {
            LinearNetwork net = Initializers.gaussian(10, 2, 5, 0.5, sigma[0], sigma[1], 1);
            for (Runnable use : new Runnable[] {
                () -> Trainer.train(net, data, TrainingOptions.descent(0.01, 10), Progress.NONE),
                () -> Trainer.train(net, data, TrainingOptions.flow(1), Progress.NONE),
                () -> Bounds.evaluate(Reduction.of(net, data), 0.5, 0.1)}) {
                InvalidInputException e = assertThrows(InvalidInputException.class, use::run);
                assertEquals("U0", e.subject());
                assertTrue(e.getMessage().startsWith("The network's weights are too large for this data")
                    && e.getMessage().contains("Scale the initial weights down"), e.getMessage());
            }
        }
    }

    @Test
    void largeButRepresentableWeightsStillTrain() {
        LinearNetwork net = Initializers.gaussian(10, 2, 5, 0.5, 1e20, 1e20, 1);
        Reduction.of(net, data);
        assertTrue(Double.isFinite(Bounds.evaluate(Reduction.of(net, data), 0.5, 0.1).initialDistanceOp()));
    }

    /**
     * Layers of finite entries whose product Θ = U V^T overflows are refused where the network is made (before,
     * σ_U = σ_V = 1e160 gave a network whose predictions and Θ were all NaN); large maps that fit are accepted.
     */
    @Test
    void aNetworkWhoseMapOverflowsIsRefusedWhenItIsMade() {
        for (boolean implicit : new boolean[] {false, true}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
                if (implicit) {
                    Initializers.implicitGaussian(10, 2, 5, 0.5, 1e160, 1e160, 1);
                } else {
                    Initializers.gaussian(10, 2, 5, 0.5, 1e160, 1e160, 1);
                }
            });
            assertTrue(e.getMessage().startsWith("The network's map Θ = U V^T overflows double precision"),
                e.getMessage());
        }
        LinearNetwork fits = Initializers.gaussian(10, 2, 5, 0.5, 1e150, 1e150, 1);
        for (double t : fits.theta().data) {
            assertTrue(Double.isFinite(t));
        }
    }
}
