package org.lnet.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lnet.engine.Fixtures;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.Reduction;

/**
 * {@link Trainer#descend}, the sweep's descent without a trajectory, ends where {@link Trainer#train} ends with the
 * same options: the same steps, stop, final state and loss, bit for bit (one loop serves both), whether it stops at
 * the tolerance or at the step limit. It refuses options it does not honour (the flow, records).
 */
class DescendTest {

    @ParameterizedTest
    @CsvSource({"1e-10, 100000", "1e-10, 37", "0, 12"})
    void endsWhereTrainEnds(double tol, long steps) {
        DMatrixRMaj x = ReducedDynamicsTest.inputs(20, 30, 0, 21);
        DMatrixRMaj y = Fixtures.gaussian(20, 3, 1, 22);
        Reduction reduction = Reduction.of(Initializers.implicitGaussian(30, 3, 500, 0.5, 1, 1, 23),
            DataDecomposition.of(x, y));
        TrainingOptions options = TrainingOptions.descent(0.5, steps).withLoss(LossConvention.MEAN).withTolerance(tol)
            .withRecords(0);
        TrainingResult full = Trainer.train(reduction, options, Progress.NONE);
        Trainer.Descent lean = Trainer.descend(reduction, options, Progress.NONE);
        assertEquals(full.steps(), lean.steps());
        assertEquals(full.stop(), lean.stop());
        org.lnet.engine.network.LinearNetwork end = reduction.networkAt(lean.state(), "");
        assertArrayEquals(full.network().uCoefficients().data, end.uCoefficients().data, 0.0);
        assertArrayEquals(full.network().vCoefficients().data, end.vCoefficients().data, 0.0);
        assertEquals(full.last().loss(), lean.loss(), 0.0);

        assertThrows(IllegalArgumentException.class,
            () -> Trainer.descend(reduction, options.withRecords(5), Progress.NONE));
        assertThrows(IllegalArgumentException.class,
            () -> Trainer.descend(reduction, TrainingOptions.flow(10), Progress.NONE));
    }
}
