package org.lnet.engine.experiment;

import java.util.List;
import org.lnet.engine.Checks;
import org.lnet.engine.LossConvention;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.sweep.Spread;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;

/**
 * The paper's Figure 1 experiment with our defaults (docs/MATH.md): n = 50, D = 200, m = 5, X entries
 * N(0, 1)/sqrt(D), Y entries N(0, 1), widths 500..10000, 5 runs each, alpha = 1/2, gradient descent on the mean
 * loss with the fixed step {@link #DEFAULT_STEP} until L - L* is below 1e-10.
 */
public record Figure1(int n, int d, int m, long dataSeed, WidthSweep.Settings sweep) {

    public static final long[] DEFAULT_WIDTHS = {500, 1000, 2000, 5000, 10000};
    public static final long DEFAULT_DATA_SEED = 42;

    /**
     * The paper trains with "a small fixed step", i.e. descent as a stand-in for the flow its theorems are about.
     * On these data the largest stable step is estimated at 1.64 (the curvature grows from 4.8 at the start to 30
     * at the solution); eta = 0.5, under a third of that, ends 0.12-0.27% short of the exact flow's distance in
     * 230 steps (eta = 2 sits at the edge of stability: 430-1338 steps, 1% short; eta = 3 does not converge).
     * The gap shrinks in proportion to eta, as the error of a first-order method should.
     */
    public static final double DEFAULT_STEP = 0.5;

    public static Figure1 defaults(boolean implicitWidth) {
        return new Figure1(50, 200, 5, DEFAULT_DATA_SEED, new WidthSweep.Settings(DEFAULT_WIDTHS, 5, 0.5, DEFAULT_STEP,
            1e-10, LossConvention.MEAN, 100_000, implicitWidth, 1, 0.1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Refuses sizes the experiment cannot hold before any data is drawn: X is n x D, Y is n x m, and each explicit
     * network D x h and m x h.
     */
    public Figure1 validate() {
        Checks.Range.COUNT.check("n", (long) n);
        Checks.Range.COUNT.check("d", (long) d);
        Checks.Range.COUNT.check("m", (long) m);
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

    /**
     * How far descent ends from the exact flow at one width: the relative gap (d_descent - d_flow) / d_flow of the
     * final distances over the runs (same networks: same seeds), against the spread of d_descent over the runs.
     *
     * @param gap the spread of the relative gaps
     * @param runSpread the spread of the descent's distances (their standard deviation is the noise the gap is
     *                  compared with)
     */
    public record FlowGap(long width, Spread gap, Spread runSpread) {
    }

    /**
     * The gap between a descent sweep and the flow sweep of the same settings ({@link WidthSweep.Settings#withMethod}),
     * width by width.
     *
     * @throws IllegalArgumentException if the two sweeps did not run the same networks
     */
    public static FlowGap[] flowGap(WidthSweep.Result descent, WidthSweep.Result flow) {
        if (descent.settings().method() != TrainingOptions.Method.DESCENT
            || flow.settings().method() != TrainingOptions.Method.FLOW || descent.rows().size() != flow.rows().size()) {
            throw new IllegalArgumentException("flowGap needs a descent sweep and a flow sweep of the same networks");
        }
        long[] widths = descent.settings().widths();
        FlowGap[] out = new FlowGap[widths.length];
        Spread[] runs = descent.spread(WidthSweep.Row::distance);
        List<WidthSweep.Row> a = descent.rows();
        List<WidthSweep.Row> b = flow.rows();
        for (int i = 0; i < widths.length; i++) {
            long h = widths[i];
            double[] gaps = java.util.stream.IntStream.range(0, a.size()).filter(j -> a.get(j).width() == h)
                .mapToDouble(j -> {
                    if (b.get(j).seed() != a.get(j).seed()) {
                        throw new IllegalArgumentException("flowGap: run " + j + " has different seeds in the two sweeps");
                    }
                    return (a.get(j).distance() - b.get(j).distance()) / b.get(j).distance();
                }).toArray();
            out[i] = new FlowGap(h, Spread.of(gaps), runs[i]);
        }
        return out;
    }
}
