package org.lnet.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;

class WidthSweepTest {

    private static DataDecomposition data() {
        SyntheticData.Pair p = SyntheticData.figure1(10, 40, 2, 5);
        return DataDecomposition.of(p.x(), p.y());
    }

    private static WidthSweep.Settings settings(long[] widths, int reps, boolean implicit, int threads) {
        return new WidthSweep.Settings(widths, reps, 0.5, 1.0, 1e-12, LossConvention.MEAN, 100_000, implicit, 3, 0.1, threads);
    }

    @Test
    void resultsDoNotDependOnThreadsOrOrder() {
        long[] widths = {50, 200};
        WidthSweep.Result one = WidthSweep.run(data(), settings(widths, 3, false, 1), Progress.NONE);
        WidthSweep.Result two = WidthSweep.run(data(), settings(widths, 3, false, 2), Progress.NONE);
        assertEquals(one.rows(), two.rows(), "bit-identical rows");
        assertEquals(6, one.rows().size());
        for (WidthSweep.Row r : one.rows()) {
            assertTrue(r.finalLoss() <= 1e-12, "stopped at the tolerance: " + r);
        }
    }

    /**
     * A sequential sweep reports each run's descent progress within that run's share of the whole, so a host's
     * progress bar only moves forward (it used to restart from 0 with every run's descent steps).
     */
    @Test
    void sequentialProgressNeverGoesBack() {
        java.util.List<Double> fractions = new java.util.ArrayList<>();
        WidthSweep.run(data(), settings(new long[] {50, 200}, 2, false, 1), new Progress() {
            @Override
            public void checkCanceled() {
            }

            @Override
            public void report(double fraction, String message) {
                fractions.add(fraction);
            }
        });
        assertTrue(fractions.size() > 4, "descent steps are reported too: " + fractions.size());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "report " + i + ": " + fractions.get(i - 1) + " then "
                + fractions.get(i));
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    /**
     * Implicit-width networks are exact in law: the distance to the min-norm solution after training has the same
     * distribution as for explicitly sampled networks of the same width (60 runs each, two-sample KS); a network of
     * four times the width is told apart, so the test can see a difference.
     */
    @Test
    void implicitWidthMatchesExplicitInDistributionAfterTraining() {
        WidthSweep.Result explicit = WidthSweep.run(data(), settings(new long[] {120}, 60, false, 2), Progress.NONE);
        WidthSweep.Result implicit = WidthSweep.run(data(), settings(new long[] {120}, 60, true, 2), Progress.NONE);
        WidthSweep.Result wider = WidthSweep.run(data(), settings(new long[] {480}, 60, true, 2), Progress.NONE);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double p = ks.kolmogorovSmirnovTest(distances(explicit), distances(implicit));
        assertTrue(p > 0.01, "same law: p = " + p);
        assertTrue(ks.kolmogorovSmirnovTest(distances(explicit), distances(wider)) < 1e-6, "different width is detected");
    }

    private static double[] distances(WidthSweep.Result r) {
        return r.rows().stream().mapToDouble(WidthSweep.Row::distance).toArray();
    }
}
