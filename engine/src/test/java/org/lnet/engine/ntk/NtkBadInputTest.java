package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;

/** Every bad input is refused with the parameter it concerns and a message saying what to do; never a NaN result. */
class NtkBadInputTest {

    private static void expect(String subject, String fragment, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(subject, e.subject(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "expected '" + fragment + "' in: " + e.getMessage());
    }

    private static WideNetwork relu(int h, int d) {
        return WideNetwork.initialize(h, d, Activation.RELU, Initialization.GAUSSIAN, 1);
    }

    private static double[] y(int n) {
        return Fixtures.gaussian(n, 1, 1, 2).data;
    }

    @Test
    void duplicateAndParallelInputsMakeTheKernelSingular() {
        DMatrixRMaj x = Fixtures.gaussian(6, 3, 1, 3);
        DMatrixRMaj dup = x.copy();
        for (int l = 0; l < 3; l++) {
            dup.set(3, l, dup.get(0, l));
        }
        expect("X", "rows 1 and 4 of X are the same point", () -> LinearizedSolution.solve(relu(200, 3), dup, y(6)));
        DMatrixRMaj parallel = x.copy();
        for (int l = 0; l < 3; l++) {
            parallel.set(4, l, 2.5 * parallel.get(1, l));
        }
        expect("X", "rows 2 and 5 of X point in the same direction", () -> LinearizedSolution.solve(relu(200, 3), parallel, y(6)));
        // tanh is not homogeneous: parallel inputs are distinct points for it, and the system solves
        LinearizedSolution.solve(WideNetwork.initialize(200, 3, Activation.TANH, Initialization.GAUSSIAN, 1), parallel, y(6));
        DMatrixRMaj zero = x.copy();
        for (int l = 0; l < 3; l++) {
            zero.set(2, l, 0);
        }
        expect("X", "row 3 of X is zero", () -> LinearizedSolution.solve(relu(200, 3), zero, y(6)));
        expect("X", "singular", () -> TangentKernel.reluInfiniteWidthRegression(dup, y(6), x));
    }

    @Test
    void tooNarrowANetworkCannotInterpolate() {
        DMatrixRMaj x = Fixtures.gaussian(10, 3, 1, 4);
        expect("width", "rank at most 2 distinct units x D = 6 < n = 10", () -> LinearizedSolution.solve(relu(2, 3), x, y(10)));
        expect("width", "rank at most 1 distinct units", () -> LinearizedSolution.solve(
            WideNetwork.initialize(2, 3, Activation.RELU, Initialization.ANTISYMMETRIC, 1), x, y(10)));
    }

    @Test
    void widthsAndSettingsOutOfRange() {
        expect("width", "at least 1", () -> WideNetwork.initialize(0, 3, Activation.RELU, Initialization.GAUSSIAN, 1));
        expect("width", "is odd", () -> WideNetwork.initialize(101, 3, Activation.RELU, Initialization.ANTISYMMETRIC, 1));
        expect("lr", "'lr' must be a positive finite number", () -> TrainingSettings.defaults().withLearningRate(0).validate());
        expect("lr", "'lr' must be a positive finite number", () -> TrainingSettings.defaults().withLearningRate(-1).validate());
        expect("steps", "at least 1", () -> TrainingSettings.defaults().withMaxSteps(0).validate());
        expect("tol", "'tol' must be a finite number >= 0", () -> TrainingSettings.defaults().withTolerance(Double.NaN).validate());
        TrainingSettings ok = TrainingSettings.defaults();
        expect("widths", "is odd", () -> new NtkSweep.Settings(new long[] {100, 255}, 1, Activation.RELU,
            Initialization.ANTISYMMETRIC, ok, 1, 1).validate());
        expect("widths", "at least 1", () -> new NtkSweep.Settings(new long[] {0}, 1, Activation.RELU,
            Initialization.GAUSSIAN, ok, 1, 1).validate());
        expect("seeds", "at least 1", () -> new NtkSweep.Settings(new long[] {10}, 0, Activation.RELU,
            Initialization.GAUSSIAN, ok, 1, 1).validate());
        expect("loss", "missing", () -> ok.withLoss((LossConvention) null).validate());
    }

    @Test
    void malformedData() {
        DMatrixRMaj x = Fixtures.gaussian(6, 3, 1, 5);
        DMatrixRMaj nan = x.copy();
        nan.set(2, 1, Double.NaN);
        expect("X", "non-finite value (NaN) at row 3, column 2", () -> LinearizedSolution.solve(relu(50, 3), nan, y(6)));
        double[] yNan = y(6);
        yNan[4] = Double.POSITIVE_INFINITY;
        expect("y", "non-finite value (Infinity) at row 5", () -> LinearizedSolution.solve(relu(50, 3), x, yNan));
        expect("y", "y has 5 values but X has 6 rows", () -> LinearizedSolution.solve(relu(50, 3), x, y(5)));
        expect("X", "X has 4 columns but the network takes D = 3", () -> relu(50, 3).predict(Fixtures.gaussian(2, 4, 1, 6)));
        expect("X test", "X test has 2 columns but X has 3", () -> new NtkData(x, y(6), Fixtures.gaussian(2, 2, 1, 6), "").validate());
        expect("X test", "X test has 2 columns", () -> WideNetworkTrainer.train(relu(50, 3), x, y(6), Fixtures.gaussian(2, 2, 1, 6),
            TrainingSettings.defaults(), Progress.NONE));
        expect("a", "must be -1 or +1", () -> WideNetwork.of(Fixtures.gaussian(2, 3, 1, 7), new double[] {1, 0.5}, Activation.RELU));
    }
}
