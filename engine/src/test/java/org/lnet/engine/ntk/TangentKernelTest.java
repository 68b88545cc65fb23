package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;

/** The Jacobian-free Gram matrix against J J^T from an explicitly formed Jacobian. */
class TangentKernelTest {

    /** K = J J^T entry by entry, for each activation and both initializations; both sides are O(1) sums of 7 terms. */
    @Test
    void gramEqualsJacobianTimesItsTranspose() {
        DMatrixRMaj x = Fixtures.gaussian(6, 3, 1, 31);
        for (Activation act : Activation.values()) {
            for (Initialization init : Initialization.values()) {
                WideNetwork net = WideNetwork.initialize(8, 3, act, init, 4);
                DMatrixRMaj j = Reference.jacobian(act, net.weights(), net.outputSigns(), x);
                DMatrixRMaj jjt = new DMatrixRMaj(6, 6);
                CommonOps_DDRM.multTransB(j, j, jjt);
                DMatrixRMaj k = TangentKernel.gram(net, x);
                assertEquals(0, Fixtures.maxAbsDiff(jjt, k), 1e-14, act + " " + init);
            }
        }
    }

    /** K(x1_i, x2_k) = J(x1) J(x2)^T for two different input sets. */
    @Test
    void crossKernelEqualsProductOfJacobians() {
        DMatrixRMaj x1 = Fixtures.gaussian(4, 3, 1, 32);
        DMatrixRMaj x2 = Fixtures.gaussian(5, 3, 1, 33);
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(9, 3, act, Initialization.GAUSSIAN, 6);
            DMatrixRMaj j1 = Reference.jacobian(act, net.weights(), net.outputSigns(), x1);
            DMatrixRMaj j2 = Reference.jacobian(act, net.weights(), net.outputSigns(), x2);
            DMatrixRMaj expected = new DMatrixRMaj(4, 5);
            CommonOps_DDRM.multTransB(j1, j2, expected);
            assertEquals(0, Fixtures.maxAbsDiff(expected, TangentKernel.cross(net, x1, x2)), 1e-14, act.key());
        }
    }

    /** The antisymmetric initialization starts from the zero function: f(x; W(0)) = 0 up to rounding of the sum. */
    @Test
    void antisymmetricInitializationStartsFromZero() {
        DMatrixRMaj x = Fixtures.gaussian(25, 4, 2, 34);
        for (Activation act : Activation.values()) {
            WideNetwork net = WideNetwork.initialize(500, 4, act, Initialization.ANTISYMMETRIC, 8);
            for (double f : net.predict(x)) {
                assertEquals(0, f, 1e-13, act.key());
            }
            double[] gaussian = WideNetwork.initialize(500, 4, act, Initialization.GAUSSIAN, 8).predict(x);
            double norm = 0;
            for (double f : gaussian) {
                norm += f * f;
            }
            // independent units give an O(1) random function: its mean square over 25 points is far from 0
            assertEquals(true, norm / 25 > 1e-3, act.key() + " gaussian initialization is not the zero function");
        }
    }
}
