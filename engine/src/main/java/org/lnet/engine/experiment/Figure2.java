package org.lnet.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingResult;
import org.lnet.engine.train.TrajectoryPoint;

/**
 * The paper's Figure 2 (imbalance and speed). Data with Sigma_x = I on its row space (X with orthonormal rows);
 * U(0) = sigmaU U0, V(0) = sigmaV V0 with U0, V0 Gaussian N(0, 1/h) and sigmaU sigmaV = 1, so U(0) V(0)^T is
 * the same in every case while Theorem 1's c changes; plus the balanced initialization with the same
 * U(0) V(0)^T (c = 0). Each case is trained by gradient flow (or descent) and compared with its bound
 * exp(-2 lambda_r(Sigma_x) c t)(L(0) - L*).
 *
 * @param sigmaU the first-layer scales; the second layer gets 1/sigmaU
 * @param method FLOW integrates the flow exactly (to its tolerances); DESCENT uses learningRate as the paper does
 */
public record Figure2(int n, int d, int m, int width, double[] sigmaU, double targetScale, double time,
                      TrainingOptions.Method method, double learningRate, int records, long dataSeed, long networkSeed) {

    /**
     * Loss values this small relative to L(0) are rounding noise: the measured L - L* stops decreasing there,
     * so the bound is checked above this floor (MATH.md, Theorem 1).
     */
    public static final double RELATIVE_FLOOR = 1e-12;

    public static Figure2 defaults() {
        return new Figure2(10, 30, 2, 40, new double[] {1, 2, 4, 8}, 0.1, 20, TrainingOptions.Method.FLOW, 0.01, 300, 7, 8);
    }

    /**
     * One curve of the figure.
     *
     * @param measuredRate slope of -log(L - L*) against t, fitted where L - L* is above the floor
     * @param boundHolds L(t) - L* &lt;= bound(t) at every recorded t, above the floor
     */
    public record Case(String label, double sigmaU, double sigmaV, double c, double theorem1Rate, double measuredRate,
                       boolean boundHolds, List<TrajectoryPoint> trajectory) {
    }

    public Figure2 validate() {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("d", d, n);
        Checks.atLeast("m", m, 1);
        Checks.atLeast("width", width, 1);
        Checks.positive("time", time);
        Checks.positive("target-scale", targetScale);
        Checks.atLeast("records", records, 2);
        for (double s : sigmaU) {
            Checks.positive("sigma-u", s);
        }
        return this;
    }

    public DataDecomposition data() {
        SyntheticData.Pair pair = SyntheticData.figure2(n, d, m, dataSeed);
        org.ejml.dense.row.CommonOps_DDRM.scale(targetScale, pair.y());
        return DataDecomposition.of(pair.x(), pair.y());
    }

    /** Runs every case: the scaled random initializations in the order of sigmaU, then the balanced one. */
    public List<Case> run(Progress progress) {
        validate();
        DataDecomposition data = data();
        LinearNetwork base = Initializers.gaussian(d, m, width, 0.5, 1, 1, networkSeed);
        TrainingOptions options = (method == TrainingOptions.Method.FLOW
            ? TrainingOptions.flow(time)
            : TrainingOptions.descent(learningRate, Long.MAX_VALUE).withTime(time)).withRecords(records);
        List<Case> cases = new ArrayList<>();
        int total = sigmaU.length + 1;
        for (int i = 0; i < sigmaU.length; i++) {
            LinearNetwork net = base.scaled(sigmaU[i], 1 / sigmaU[i]);
            String label = String.format(java.util.Locale.ROOT, "sigmaU = %s, sigmaV = %s", trim(sigmaU[i]), trim(1 / sigmaU[i]));
            cases.add(run(label, sigmaU[i], 1 / sigmaU[i], net, data, options, progress.slice((double) i / total, (i + 1.0) / total)));
        }
        DMatrixRMaj theta0 = base.theta();
        LinearNetwork balanced = Initializers.balanced(theta0, data, width, networkSeed + 1, false);
        cases.add(run("balanced (c = 0)", Double.NaN, Double.NaN, balanced, data, options, progress.slice((total - 1.0) / total, 1)));
        return cases;
    }

    private static Case run(String label, double su, double sv, LinearNetwork net, DataDecomposition data,
                            TrainingOptions options, Progress progress) {
        TrainingResult result = Trainer.train(net, data, options, progress);
        List<TrajectoryPoint> points = result.trajectory();
        double floor = RELATIVE_FLOOR * points.get(0).excessLoss();
        boolean holds = true;
        org.apache.commons.math3.stat.regression.SimpleRegression fit = new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (TrajectoryPoint p : points) {
            if (p.excessLoss() > floor) {
                holds &= p.excessLoss() <= p.theorem1Bound() * (1 + 1e-9);
                fit.addData(p.t(), Math.log(p.excessLoss()));
            }
        }
        double c = result.initialImbalance().c();
        double rate = 2 * data.sigmaMinSq() * c * options.loss().scale(data.samples());
        return new Case(label, su, sv, c, rate, -fit.getSlope(), holds, points);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
