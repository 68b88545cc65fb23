package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;

/**
 * The min-norm solution of the linearized model, checked against the explicit Jacobian J (n x hD) and its
 * SVD-based pseudo-inverse, which the engine never forms.
 */
class LinearizedSolutionTest {

    private static final int N = 5;
    private static final int D = 3;
    private static final int H = 8;

    private static double[] vec(DMatrixRMaj w) {
        return w.data.clone();
    }

    private static double[] times(DMatrixRMaj j, double[] v) {
        DMatrixRMaj out = new DMatrixRMaj(j.numRows, 1);
        CommonOps_DDRM.mult(j, DMatrixRMaj.wrap(v.length, 1, v), out);
        return out.data;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * W_lin - W(0) = J^+ (y - f(X; W(0))), the least-norm solution of J Delta = r, with J^+ from EJML's SVD pseudo-inverse
     * of the explicit Jacobian. Both sides are O(1); with cond(K) below 1e3 here they agree to 1e-10.
     */
    @Test
    void changeIsThePseudoInverseSolution() {
        DMatrixRMaj x = Fixtures.gaussian(N, D, 1, 41);
        double[] y = Fixtures.gaussian(N, 1, 1, 42).data;
        for (Activation act : Activation.values()) {
            for (Initialization init : Initialization.values()) {
                WideNetwork net = WideNetwork.initialize(H, D, act, init, 3);
                LinearizedSolution lin = LinearizedSolution.solve(net, x, y);
                DMatrixRMaj j = Reference.jacobian(act, net.weights(), net.outputSigns(), x);
                double[] r = new double[N];
                for (int i = 0; i < N; i++) {
                    r[i] = y[i] - Reference.f(act, net.weights(), net.outputSigns(), x, i);
                }
                SimpleMatrix pinv = SimpleMatrix.wrap(j).pseudoInverse();
                double[] expected = pinv.mult(SimpleMatrix.wrap(DMatrixRMaj.wrap(N, 1, r))).getDDRM().data;
                double[] delta = vec(lin.change());
                for (int k = 0; k < delta.length; k++) {
                    assertEquals(expected[k], delta[k], 1e-10, act + " " + init + " entry " + k);
                }
            }
        }
    }

    /**
     * The linearized model through W_lin fits the data: f(X; W(0)) + J vec(W_lin - W(0)) = y, evaluated with the explicit
     * Jacobian; and Delta is orthogonal to the null space of J, so adding any null-space direction (which keeps the fit)
     * makes the change longer: Delta is the min-norm interpolating change.
     */
    @Test
    void linearizedModelFitsTheDataWithTheSmallestChange() {
        DMatrixRMaj x = Fixtures.gaussian(N, D, 1, 43);
        double[] y = Fixtures.gaussian(N, 1, 1, 44).data;
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(H, D, act, Initialization.GAUSSIAN, 7);
            LinearizedSolution lin = LinearizedSolution.solve(net, x, y);
            DMatrixRMaj j = Reference.jacobian(act, net.weights(), net.outputSigns(), x);
            double[] delta = vec(lin.change());
            double[] jd = times(j, delta);
            double[] f0 = net.predict(x);
            for (int i = 0; i < N; i++) {
                // cond(K) < 1e3 and |y| ~ 1: the Cholesky solve's residual is below 1e-12
                assertEquals(y[i], f0[i] + jd[i], 1e-11, act + " fits sample " + i);
                assertEquals(y[i], lin.fittedValues()[i], 1e-11, act + " fittedValues " + i);
            }
            SimpleMatrix jm = SimpleMatrix.wrap(j);
            SimpleMatrix v = SimpleMatrix.wrap(Fixtures.gaussian(H * D, 1, 1, 45));
            double[] nullPart = v.minus(jm.pseudoInverse().mult(jm.mult(v))).getDDRM().data;
            assertEquals(0, Fixtures.maxAbs(DMatrixRMaj.wrap(N, 1, times(j, nullPart))), 1e-12, "test premise: a null-space vector");
            double cos = dot(delta, nullPart) / Math.sqrt(dot(delta, delta) * dot(nullPart, nullPart));
            assertEquals(0, cos, 1e-12, act + ": Delta is orthogonal to null(J)");
            double[] other = delta.clone();
            for (int k = 0; k < other.length; k++) {
                other[k] += 0.1 * nullPart[k];
            }
            assertTrue(dot(other, other) > dot(delta, delta), "another interpolating change is longer");
            double[] alpha = lin.coefficients();
            double quadratic = dot(alpha, times(lin.gram(), alpha));
            assertEquals(Math.sqrt(quadratic), lin.changeNorm(), 1e-12 * lin.changeNorm(), "||Delta||^2 = alpha^T K alpha");
        }
    }

    /** f_lin(x) = f(x; W(0)) + K(x, X) alpha equals the linear model f(x; W(0)) + J(x) vec(Delta) at new points. */
    @Test
    void kernelPredictionsAreTheLinearizedModelsPredictions() {
        DMatrixRMaj x = Fixtures.gaussian(N, D, 1, 46);
        double[] y = Fixtures.gaussian(N, 1, 1, 47).data;
        DMatrixRMaj xNew = Fixtures.gaussian(9, D, 1, 48);
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(H, D, act, Initialization.GAUSSIAN, 9);
            LinearizedSolution lin = LinearizedSolution.solve(net, x, y);
            double[] viaJacobian = times(Reference.jacobian(act, net.weights(), net.outputSigns(), xNew), vec(lin.change()));
            double[] f0 = net.predict(xNew);
            double[] predicted = lin.predict(xNew);
            for (int i = 0; i < xNew.numRows; i++) {
                assertEquals(f0[i] + viaJacobian[i], predicted[i], 1e-12, act + " new point " + i);
            }
        }
    }

    /** A realistic size: 20 points on the sphere, width 2000, ReLU; the fit holds to 1e-10 (cond(K) is about 50). */
    @Test
    void fitsExactlyAtWidth() {
        NtkData data = NtkData.sphere(20, 5, 0, 1);
        LinearizedSolution lin = LinearizedSolution.solve(
            WideNetwork.initialize(2000, 5, Activation.RELU, Initialization.ANTISYMMETRIC, 1), data.x(), data.y());
        assertTrue(lin.conditionNumber() < 1e3, "cond " + lin.conditionNumber());
        double[] fit = lin.fittedValues();
        for (int i = 0; i < fit.length; i++) {
            assertEquals(data.y()[i], fit[i], 1e-10);
        }
        for (double f0 : lin.initialPredictions()) {
            assertEquals(0, f0, 1e-13, "antisymmetric: f(X; W(0)) = 0");
        }
    }
}
