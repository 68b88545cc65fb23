package org.lnet.engine.ntk;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Sampling;

/**
 * A single-hidden-layer network with a trained first layer and fixed output signs,
 * f(x; W) = h^{-1/2} sum_{j=1..h} a_j sigma(w_j^T x), W = [w_1 ... w_h]^T (h x D), a in {-1, +1}^h.
 * The h^{-1/2} scaling (NTK parametrization) keeps f and its tangent kernel O(1) as h grows while each row w_j
 * moves only O(h^{-1/2}) in training, which is what makes wide networks behave like their linearization.
 * Immutable: training returns a new network.
 */
public final class WideNetwork {
    private final DMatrixRMaj w;
    private final double[] a;
    private final Activation activation;
    private final String provenance;
    private final boolean mirrored;

    private WideNetwork(DMatrixRMaj w, double[] a, Activation activation, String provenance, boolean mirrored) {
        this.w = w;
        this.a = a;
        this.activation = activation;
        this.provenance = provenance;
        this.mirrored = mirrored;
    }

    /**
     * A seeded random network: rows w_j ~ N(0, I_D) and signs a_j uniform in {-1, +1}, drawn from one xoroshiro128++
     * stream (W row by row, then a), independently per unit or in mirrored pairs (see {@link Initialization}).
     *
     * @param width h, at least 1 (at least 2 and even for the antisymmetric initialization)
     */
    public static WideNetwork initialize(long width, int inputDim, Activation activation, Initialization init, long seed) {
        checkWidth("width", width, init);
        Checks.Range.COUNT.check("d", (long) inputDim);
        require("activation", activation);
        Checks.denseSize("width", width, inputDim, "use a smaller width.");
        int h = (int) width;
        int units = init == Initialization.ANTISYMMETRIC ? h / 2 : h;
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        DMatrixRMaj w = new DMatrixRMaj(h, inputDim);
        double[] a = new double[h];
        Sampling.fillGaussian(w.data, 0, units * inputDim, normal, 1);
        for (int j = 0; j < units; j++) {
            a[j] = rng.nextBoolean() ? 1 : -1;
        }
        if (init == Initialization.ANTISYMMETRIC) {
            System.arraycopy(w.data, 0, w.data, units * inputDim, units * inputDim);
            for (int j = 0; j < units; j++) {
                a[units + j] = -a[j];
            }
        }
        return new WideNetwork(w, a, activation, init.key() + " initialization, seed " + seed,
            init == Initialization.ANTISYMMETRIC);
    }

    /**
     * Checks a width for an initialization, naming {@code parameter} in the message: at least 1, and even and at least
     * 2 for the antisymmetric one.
     */
    public static long checkWidth(String parameter, long width, Initialization init) {
        require("init", init);
        Checks.atLeast(parameter, width, init == Initialization.ANTISYMMETRIC ? 2 : 1);
        if (init == Initialization.ANTISYMMETRIC && width % 2 != 0) {
            throw new InvalidInputException(parameter, "Parameter '" + parameter + "' = " + width
                + " is odd, but the antisymmetric initialization pairs every unit with a mirrored copy: use an even width"
                + " (or the 'gaussian' initialization).");
        }
        if (width > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(parameter, "Parameter '" + parameter + "' = " + width + " is too large for an explicit network.");
        }
        return width;
    }

    /**
     * A network from given weights (copied).
     *
     * @param w first layer, h x D, finite
     * @param a output signs, length h, each -1 or +1
     */
    public static WideNetwork of(DMatrixRMaj w, double[] a, Activation activation) {
        Checks.nonEmpty("W", w);
        Checks.finite("W", w);
        require("activation", activation);
        if (a == null || a.length != w.numRows) {
            throw new InvalidInputException("a", "The output signs a have " + (a == null ? 0 : a.length) + " entries but W has "
                + w.numRows + " rows: give one sign per hidden unit.");
        }
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 1 && a[j] != -1) {
                throw new InvalidInputException("a", "Output sign a[" + (j + 1) + "] = " + a[j]
                    + " must be -1 or +1: the tangent kernel formula used here assumes a_j^2 = 1.");
            }
        }
        return new WideNetwork(w.copy(), a.clone(), activation, "given weights", false);
    }

    /** The same signs and activation with other first-layer weights (copied), e.g. after training. */
    WideNetwork withWeights(DMatrixRMaj weights, String how) {
        return new WideNetwork(weights.copy(), a, activation, how, false);
    }

    /** h. */
    public int width() {
        return w.numRows;
    }

    /** D. */
    public int inputDim() {
        return w.numCols;
    }

    public Activation activation() {
        return activation;
    }

    /** Where the weights came from (initialization and seed, or training). */
    public String provenance() {
        return provenance;
    }

    /** A copy of W (h x D). */
    public DMatrixRMaj weights() {
        return w.copy();
    }

    /** A copy of a (length h). */
    public double[] outputSigns() {
        return a.clone();
    }

    /**
     * Number of distinct hidden units at initialization: h/2 for the antisymmetric initialization (its mirrored pairs
     * have equal rows), h otherwise. The Jacobian at initialization has rank at most this times D.
     */
    public int independentUnits() {
        return mirrored ? w.numRows / 2 : w.numRows;
    }

    /** W itself, for reading inside the package. */
    DMatrixRMaj weightsView() {
        return w;
    }

    double[] signsView() {
        return a;
    }

    /** f(x_i; W) for each row x_i of x (N x D). Cost O(N h D). */
    public double[] predict(DMatrixRMaj x) {
        checkInputs("X", x);
        double[] f = new double[x.numRows];
        new Evaluator(x, a, activation).predict(w, f);
        return f;
    }

    /**
     * The training loss at these weights and its gradient with respect to W.
     *
     * @param gradient receives dL/dW, h x D (reshaped if needed)
     * @return L = 1/2 sum_i (f(x_i) - y_i)^2 (sum) or sum_i (f(x_i) - y_i)^2 / n (mean)
     */
    public double lossGradient(DMatrixRMaj x, double[] y, LossConvention loss, DMatrixRMaj gradient) {
        checkInputs("X", x);
        checkTargets(y, x.numRows);
        require("loss", loss);
        gradient.reshape(w.numRows, w.numCols);
        return new Evaluator(x, a, activation).lossAndGradient(w, y, loss.scale(x.numRows), new double[x.numRows], gradient);
    }

    /** Inputs non-empty, finite, with D columns; the message calls them {@code name}. */
    void checkInputs(String name, DMatrixRMaj x) {
        Checks.nonEmpty(name, x);
        if (x.numCols != w.numCols) {
            throw new InvalidInputException(name, name + " has " + x.numCols + " columns but the network takes D = " + w.numCols
                + " inputs: give one column per input feature.");
        }
        Checks.finite(name, x);
    }

    /** Targets y: one finite value per sample. */
    static void checkTargets(double[] y, int n) {
        if (y == null || y.length != n) {
            throw new InvalidInputException("y", "y has " + (y == null ? 0 : y.length) + " values but X has " + n
                + " rows: give one target per sample.");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new InvalidInputException("y", "y has a non-finite value (" + y[i] + ") at row " + (i + 1)
                    + ": remove or impute missing, NaN and infinite values first.");
            }
        }
    }

    static <T> T require(String name, T value) {
        if (value == null) {
            throw new InvalidInputException(name, "Parameter '" + name + "' is missing.");
        }
        return value;
    }
}
