package org.lnet.engine.ntk;

import java.util.Locale;

/**
 * How the first layer W(0) and the fixed output signs a are drawn. In both, every row w_j(0) is marginally
 * N(0, I_D) and every a_j is +1 or -1 with probability 1/2, so the tangent kernel at initialization has the same
 * expectation (the infinite-width NTK); they differ in the initial function.
 *
 * <p>With independent units the initial output f(x; W(0)) = h^{-1/2} sum_j a_j sigma(w_j^T x) is a sum of h
 * independent zero-mean terms scaled by h^{-1/2}: it converges to a Gaussian process, not to zero, so the trained
 * network approaches f(x; W(0)) + K(x, X) K^{-1} (y - f(X; W(0))), kernel regression plus an O(1) random offset.
 * The antisymmetric (mirrored) initialization cancels that offset exactly, and with it the trained network
 * approaches plain NTK kernel regression K(x, X) K^{-1} y.
 */
public enum Initialization implements org.lnet.engine.Choice {

    /** h independent units: w_j ~ N(0, I_D), a_j uniform in {-1, +1}. */
    GAUSSIAN,

    /**
     * h/2 independent units, each repeated with the opposite output sign: for j &lt; h/2, w_{j + h/2}(0) = w_j(0)
     * and a_{j + h/2} = -a_j, so f(x; W(0)) = 0 for every x. Needs an even width. The Gram matrix is then an
     * average over h/2 independent units instead of h (its fluctuation is sqrt(2) times larger at equal h).
     */
    ANTISYMMETRIC;

    /** Lower-case name as used in settings, files and output ("gaussian", "antisymmetric"). */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String description() {
        return this == GAUSSIAN
            ? "h independent units w_j ~ N(0, I_D) with signs a_j = ±1, whose random initial function f(x; W(0)) does "
                + "not vanish as h grows"
            : "h/2 units w_j ~ N(0, I_D) with signs a_j = ±1, each repeated with the opposite sign, so f(x; W(0)) = 0";
    }

    @Override
    public java.util.List<String> aliases() {
        return this == ANTISYMMETRIC ? java.util.List.of("mirrored") : java.util.List.of();
    }

    /** Parses "gaussian" or "antisymmetric" (any case; "mirrored" is accepted for the latter). */
    public static Initialization parse(String parameter, String text) {
        return org.lnet.engine.Choice.parse(Initialization.class, parameter, text);
    }
}
