package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;
import org.lnet.engine.LossConvention;

/** dL/dW against central finite differences of a loss computed independently (Reference). */
class GradientTest {

    private static final int N = 5;
    private static final int D = 3;
    private static final int H = 6;
    private static final double STEP = 1e-6;

    /**
     * Every entry of the gradient against (L(W + e E_jl) - L(W - e E_jl)) / 2e, e = 1e-6, for both loss conventions.
     * Central differences err by e^2 |L'''| / 6 ~ 1e-13 plus rounding ~ 1e-16 L / e ~ 1e-10; we allow
     * 1e-7 (1 + |g|). ReLU: the test first checks that no pre-activation is within 1e-3 of the kink, so no +-e
     * perturbation (which moves w_j . x_i by at most e |x_il| &lt; 1e-5) crosses it.
     */
    @Test
    void gradientMatchesFiniteDifferencesForEachActivation() {
        DMatrixRMaj x = Fixtures.gaussian(N, D, 1, 11);
        double[] y = Fixtures.gaussian(N, 1, 1, 12).data;
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(H, D, act, Initialization.GAUSSIAN, 5);
            DMatrixRMaj w = net.weights();
            double[] a = net.outputSigns();
            if (act == Activation.RELU) {
                for (int i = 0; i < N; i++) {
                    for (int j = 0; j < H; j++) {
                        assertTrue(Math.abs(Reference.dot(w, j, x, i)) > 1e-3, "test premise: away from the ReLU kink");
                    }
                }
            }
            for (LossConvention loss : LossConvention.values()) {
                DMatrixRMaj g = new DMatrixRMaj(1, 1);
                double value = net.lossGradient(x, y, loss, g);
                double scale = loss == LossConvention.SUM ? 1 : 2.0 / N;
                assertEquals(scale * Reference.halfSquaredLoss(act, w, a, x, y), value, 1e-13, act + " " + loss + " loss");
                assertEquals(H, g.numRows);
                assertEquals(D, g.numCols);
                for (int k = 0; k < H * D; k++) {
                    DMatrixRMaj plus = w.copy();
                    DMatrixRMaj minus = w.copy();
                    plus.data[k] += STEP;
                    minus.data[k] -= STEP;
                    double fd = scale * (Reference.halfSquaredLoss(act, plus, a, x, y) - Reference.halfSquaredLoss(act, minus, a, x, y))
                        / (2 * STEP);
                    assertEquals(fd, g.data[k], 1e-7 * (1 + Math.abs(fd)), act + " " + loss + " entry " + k);
                }
            }
        }
    }

    /** Predictions agree with the definition f(x) = h^{-1/2} sum_j a_j sigma(w_j . x). */
    @Test
    void forwardPassMatchesTheDefinition() {
        DMatrixRMaj x = Fixtures.gaussian(7, D, 1, 21);
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(40, D, act, Initialization.GAUSSIAN, 9);
            double[] f = net.predict(x);
            for (int i = 0; i < x.numRows; i++) {
                assertEquals(Reference.f(act, net.weights(), net.outputSigns(), x, i), f[i], 1e-13, act + " row " + i);
            }
        }
    }
}
