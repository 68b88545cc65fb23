package org.lnet.engine.experiment;

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
