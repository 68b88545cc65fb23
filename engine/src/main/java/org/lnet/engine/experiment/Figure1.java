package org.lnet.engine.experiment;

import org.lnet.engine.Checks;
import org.lnet.engine.LossConvention;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.sweep.WidthSweep;

/**
 * The paper's Figure 1 experiment with our defaults (MATH.md): n = 50, D = 200, m = 5, X entries
 * N(0, 1)/sqrt(D), Y entries N(0, 1), widths 500..10000, 5 runs each, alpha = 1/2, gradient descent with
 * eta = 2 on the mean loss until it is below 1e-10.
 */
public record Figure1(int n, int d, int m, long dataSeed, WidthSweep.Settings sweep) {

    public static final long[] DEFAULT_WIDTHS = {500, 1000, 2000, 5000, 10000};
    public static final long DEFAULT_DATA_SEED = 42;

    public static Figure1 defaults(boolean implicitWidth) {
        return new Figure1(50, 200, 5, DEFAULT_DATA_SEED, new WidthSweep.Settings(DEFAULT_WIDTHS, 5, 0.5, 2.0, 1e-10,
            LossConvention.MEAN, 100_000, implicitWidth, 1, 0.1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Refuses sizes the experiment cannot hold before any data is drawn: X is n x D, Y is n x m, and each explicit
     * network D x h and m x h.
     */
    public Figure1 validate() {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("d", d, 1);
        Checks.atLeast("m", m, 1);
        Checks.denseSize("d", n, d, "use fewer inputs (d) or samples (n).");
        Checks.denseSize("m", n, m, "use fewer targets (m) or samples (n).");
        sweep.validate();
        if (!sweep.implicitWidth()) {
            for (long h : sweep.widths()) {
                Checks.denseSize("widths", (long) d + m, h, "use implicit width, which samples a network of this "
                    + "width exactly in law at a cost independent of h.");
            }
        }
        return this;
    }

    /** The experiment's X and Y. */
    public SyntheticData.Pair pair() {
        return SyntheticData.figure1(n, d, m, dataSeed);
    }

    public DataDecomposition data() {
        SyntheticData.Pair pair = pair();
        return DataDecomposition.of(pair.x(), pair.y());
    }

    public Figure1 withSweep(WidthSweep.Settings s) {
        return new Figure1(n, d, m, dataSeed, s);
    }
}
