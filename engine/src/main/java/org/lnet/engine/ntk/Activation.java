package org.lnet.engine.ntk;

import java.util.Locale;

/**
 * The hidden-unit nonlinearity sigma of f(x) = h^{-1/2} sum_j a_j sigma(w_j^T x), with its derivative sigma'.
 * The training loop evaluates both at once ({@link #valueReplacingByDerivative}), sharing the transcendental
 * functions: the activation, not the matrix products, dominates a step's cost when D is small.
 */
public enum Activation implements org.lnet.engine.Choice {

    /**
     * sigma(z) = max(0, z), sigma'(z) = 1{z &gt; 0}. At the kink z = 0 we take sigma'(0) = 0 (a subgradient); for
     * Gaussian weights the event w^T x = 0 has probability zero for x != 0.
     */
    RELU {
        @Override
        public double value(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        public double derivative(double z) {
            return z > 0 ? 1 : 0;
        }

        @Override
        double valueReplacingByDerivative(double[] z, int i) {
            double v = z[i];
            if (v > 0) {
                z[i] = 1;
                return v;
            }
            z[i] = 0;
            return 0;
        }
    },

    /**
     * sigma(z) = log(1 + e^z), sigma'(z) = 1 / (1 + e^{-z}) (the logistic function). Evaluated as
     * max(z, 0) + log1p(e^{-|z|}) so that it neither overflows for large z nor loses digits for very negative z.
     */
    SOFTPLUS {
        @Override
        public double value(double z) {
            return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
        }

        @Override
        public double derivative(double z) {
            if (z >= 0) {
                return 1 / (1 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1 + e);
        }

        /** One exp and one log: with e = e^{-|z|}, sigma = max(z, 0) + log1p(e), sigma' = 1/(1 + e) or e/(1 + e). */
        @Override
        double valueReplacingByDerivative(double[] z, int i) {
            double v = z[i];
            double e = Math.exp(-Math.abs(v));
            double u = 1 + e;
            // log1p(e) = log(u) e / (u - 1) is accurate to a few ulps (Goldberg 1991) and uses the intrinsic log
            double log1p = u == 1 ? e : Math.log(u) * e / (u - 1);
            z[i] = v >= 0 ? 1 / u : e / u;
            return Math.max(v, 0) + log1p;
        }
    },

    /** sigma(z) = tanh z, sigma'(z) = 1 - tanh^2 z. */
    TANH {
        @Override
        public double value(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }

        @Override
        double valueReplacingByDerivative(double[] z, int i) {
            double t = Math.tanh(z[i]);
            z[i] = 1 - t * t;
            return t;
        }
    };

    /** sigma(z). */
    public abstract double value(double z);

    /** sigma'(z). */
    public abstract double derivative(double z);

    /**
     * The training loop's fused evaluation: returns sigma(z[i]) and overwrites z[i] with sigma'(z[i]), evaluating the
     * transcendental functions once for both.
     */
    abstract double valueReplacingByDerivative(double[] z, int i);

    /** Lower-case name as used in settings, files and output ("relu", "softplus", "tanh"). */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String description() {
        return switch (this) {
            case RELU -> "max(0, z)";
            case SOFTPLUS -> "log(1 + e^z)";
            case TANH -> "tanh z";
        };
    }

    /** Parses "relu", "softplus" or "tanh" (any case); the message names the parameter on failure. */
    public static Activation parse(String parameter, String text) {
        return org.lnet.engine.Choice.parse(Activation.class, parameter, text);
    }
}
