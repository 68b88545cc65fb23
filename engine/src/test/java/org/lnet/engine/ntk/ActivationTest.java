package org.lnet.engine.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;

class ActivationTest {

    private static final double[] POINTS = {-6, -2.5, -1.3, -0.2, 0.4, 1.1, 2.7, 6};

    /**
     * sigma' against the central difference (sigma(z + e) - sigma(z - e)) / 2e, e = 1e-5: truncation error
     * e^2 |sigma'''| / 6 &lt; 1e-10 and rounding about 1e-16 / e = 1e-11, so 1e-8 is a safe bound. ReLU is checked away
     * from its kink at 0.
     */
    @Test
    void derivativesMatchCentralDifferences() {
        double e = 1e-5;
        for (Activation act : Activation.values()) {
            for (double z : POINTS) {
                double fd = (act.value(z + e) - act.value(z - e)) / (2 * e);
                assertEquals(fd, act.derivative(z), 1e-8, act + " at " + z);
            }
        }
    }

    @Test
    void valuesAndDerivativesMatchTheTextbookFormulas() {
        for (Activation act : Activation.values()) {
            for (double z : POINTS) {
                assertEquals(Reference.sigma(act, z), act.value(z), 1e-14 * Math.max(1, Math.abs(z)), act + " at " + z);
                assertEquals(Reference.sigmaPrime(act, z), act.derivative(z), 1e-14, act + "' at " + z);
            }
        }
    }

    /** The fused evaluation of the training loop gives the same sigma and sigma' to a few ulps, far into the tails. */
    @Test
    void fusedEvaluationAgreesWithValueAndDerivative() {
        for (Activation act : Activation.values()) {
            for (double z = -745; z <= 745; z += 0.37) {
                double[] buf = {z};
                double v = act.valueReplacingByDerivative(buf, 0);
                double expected = act.value(z);
                assertEquals(expected, v, 4e-16 * Math.abs(expected) + Double.MIN_NORMAL, act + " at " + z);
                assertEquals(act.derivative(z), buf[0], 4e-16 * Math.abs(buf[0]) + Double.MIN_NORMAL, act + "' at " + z);
            }
        }
    }

    /** Softplus neither overflows for large z nor loses its relative accuracy where it is tiny. */
    @Test
    void softplusIsStableInTheTails() {
        assertEquals(1000, Activation.SOFTPLUS.value(1000), 0);
        assertEquals(1, Activation.SOFTPLUS.derivative(1000), 0);
        // log(1 + t) = t - t^2/2 + O(t^3) with t = e^-30: the next term is 1e-40 relative
        double t = Math.exp(-30);
        assertEquals(t - t * t / 2, Activation.SOFTPLUS.value(-30), 1e-15 * t);
        assertEquals(0, Activation.SOFTPLUS.derivative(-1000), 0);
        assertTrue(Double.isFinite(Activation.SOFTPLUS.value(-1000)));
    }

    @Test
    void parsingNamesTheParameter() {
        assertEquals(Activation.TANH, Activation.parse("activation", " Tanh "));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Activation.parse("activation", "sigmoid"));
        assertEquals("activation", e.subject());
        assertTrue(e.getMessage().contains("'relu'"), e.getMessage());
        assertEquals(Initialization.ANTISYMMETRIC, Initialization.parse("init", "mirrored"));
        assertEquals("init", assertThrows(InvalidInputException.class, () -> Initialization.parse("init", "zeros")).subject());
    }
}
