package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.charts.Charts;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;

/**
 * The committed example flows (examples/weka/*.kf) run headless with KnowledgeFlow's FlowRunner on the committed data,
 * and what they save agrees with the engine and the math, computed here without Weka or the node layer.
 */
@Tag("slow")
class ExampleFlowsTest {

    static final Path MIN_NORM_FLOW = KfRun.EXAMPLES.resolve("LinearNetworks_MinNorm_vs_Trained.kf");
    static final Path SWEEP_FLOW = KfRun.EXAMPLES.resolve("LinearNetworks_Width_Sweep.kf");
    static final Path DATA = KfRun.EXAMPLES.resolve("data");
    static final List<String> INPUTS = List.of("x1", "x2", "x3", "x4", "x5", "x6", "one");

    static Path minNormOut;
    static KfRun minNormRun;

    /** Flow (a) runs once; each test checks one of its outputs. */
    @BeforeAll
    static void runMinNormFlow() {
        minNormOut = KfRun.freshDir("example-min-norm");
        minNormRun = KfRun.run(KfRun.load(MIN_NORM_FLOW), Map.of("lnet.data", DATA.toString(), "lnet.out",
            minNormOut.toString()));
    }

    /** X and Y of regression.csv, read without Weka. */
    static DataDecomposition regressionData() {
        TestCsv csv = TestCsv.read(DATA.resolve("regression.csv"));
        return DataDecomposition.of(csv.matrix(INPUTS), csv.matrix(List.of("y")));
    }

    @Test
    void minNormFlowRunsWithoutErrorsAndSavesEveryOutput() {
        assertTrue(minNormRun.ok(), minNormRun.toString());
        for (String f : List.of("theta_hat.csv", "trajectory.csv", "trajectory_exact.txt", "trajectory.png",
            "predictions.csv", "bounds.csv", "linear_regression.txt")) {
            assertTrue(Files.isRegularFile(minNormOut.resolve(f)), f + " missing in " + minNormOut);
        }
    }

    @Test
    void minNormSolutionIsXPlusY() {
        DMatrixRMaj expected = regressionData().minNormSolution();
        TestCsv theta = TestCsv.read(minNormOut.resolve("theta_hat.csv"));
        assertEquals(List.of("row", "y"), theta.header);
        for (int i = 0; i < INPUTS.size(); i++) {
            assertEquals(INPUTS.get(i), theta.text(i, "row"));
            // CSVSaver writes 15 decimals; the entries are of order 1
            assertEquals(expected.get(i, 0), theta.value(i, "y"), 1e-14);
        }
        // the data were drawn as y = x·θ* + 0.5 + 0.1 ε: least squares recovers θ* and the intercept to within the noise
        double[] truth = {1.5, -2, 0.5, 1, -0.75, 2, 0.5};
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], expected.get(i, 0), 0.15, INPUTS.get(i));
        }
    }

    @Test
    void wekaLinearRegressionFindsTheSameCoefficients() throws IOException {
        // n = 40 > D = 7 with full column rank: least squares has one solution, and the constant column 'one' plays
        // the intercept Weka's LinearRegression fits (it drops the constant column itself).
        String model = Files.readString(minNormOut.resolve("linear_regression.txt"));
        DMatrixRMaj theta = regressionData().minNormSolution();
        Matcher m = Pattern.compile("(-?[0-9.]+) \\* (x[0-9]) \\+").matcher(model);
        int found = 0;
        while (m.find()) {
            int i = INPUTS.indexOf(m.group(2));
            // printed with 12 decimals (-num-decimal-places 12), ridge 0
            assertEquals(theta.get(i, 0), Double.parseDouble(m.group(1)), 1e-9, m.group(2));
            found++;
        }
        assertEquals(6, found, model);
        Matcher intercept = Pattern.compile("\\+\\s*\\n\\s*(-?[0-9.]+)\\s*$").matcher(model.strip());
        assertTrue(intercept.find(), model);
        assertEquals(theta.get(6, 0), Double.parseDouble(intercept.group(1)), 1e-9, "intercept = weight of 'one'");
    }

    /** The network the flow trains, trained again here with the engine alone. */
    static LinearNetwork trainedIndependently(DataDecomposition data, LinearNetwork start) {
        TrainingOptions options = TrainingOptions.flow(6).withIntegratorTolerances(1e-10, 1e-12)
            .withLoss(LossConvention.SUM).withRecords(60);
        return Trainer.train(start, data, options, Progress.NONE).network();
    }

    static double distance(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, d);
        return NormOps_DDRM.normF(d);
    }

    @Test
    void trainedNetworkReachesTheMinNormSolutionAsTheEngineComputesIt() {
        DataDecomposition data = regressionData();
        DMatrixRMaj thetaHat = data.minNormSolution();
        // the flow's Random Initializer: width 100, α = 1/2, σ_U = σ_V = 1, seed 1
        LinearNetwork start = Initializers.gaussian(7, 1, 100, 0.5, 1, 1, 1);
        LinearNetwork trained = trainedIndependently(data, start);
        TestCsv trajectory = TestCsv.read(minNormOut.resolve("trajectory_exact.txt"));
        int last = trajectory.rows.size() - 1;
        assertEquals(62, trajectory.rows.size(), "t = 0, 60 records, T");
        assertEquals(0, trajectory.value(0, "t"));
        assertEquals(6, trajectory.value(last, "t"), 1e-12);
        // at t = 0 the distance is ‖U(0)V(0)ᵀ − Θ̂‖_F of the seeded network: same draw, printed exactly
        assertEquals(distance(start.theta(), thetaHat), trajectory.value(0, "distanceToMinNorm"),
            1e-12 * distance(start.theta(), thetaHat));
        // rank X = D: Φ2 is empty, so by Proposition 1 the flow converges to Θ̂ itself
        double end = trajectory.value(last, "distanceToMinNorm");
        assertTrue(end < 1e-8, "distance at T = 6: " + end);
        assertEquals(distance(trained.theta(), thetaHat), end, 1e-12, "the engine, trained here, ends as far");
        // the loss decreases to L*; L(t) − L* stays below Theorem 1's bound down to the rounding floor
        assertEquals(data.residualLoss(), trajectory.value(last, "loss"), 1e-12);
        double l0 = trajectory.value(0, "excessLoss");
        for (int r = 0; r <= last; r++) {
            double floor = 1e-12 * l0;
            assertTrue(trajectory.value(r, "excessLoss") <= Math.max(floor, trajectory.value(r, "theorem1Bound")
                * (1 + 1e-6)), "row " + r);
        }
        // CSVSaver's copy agrees to its 15 decimals
        TestCsv rounded = TestCsv.read(minNormOut.resolve("trajectory.csv"));
        assertEquals(trajectory.header, rounded.header);
        assertEquals(trajectory.value(0, "loss"), rounded.value(0, "loss"), 1e-14 * trajectory.value(0, "loss"));
    }

    @Test
    void predictionsAreThoseOfTheTrainedNetworkAppendedToTheData() {
        DataDecomposition data = regressionData();
        LinearNetwork trained = trainedIndependently(data, Initializers.gaussian(7, 1, 100, 0.5, 1, 1, 1));
        TestCsv input = TestCsv.read(DATA.resolve("regression.csv"));
        DMatrixRMaj expected = trained.predict(input.matrix(INPUTS));
        TestCsv predictions = TestCsv.read(minNormOut.resolve("predictions.csv"));
        List<String> header = new ArrayList<>(INPUTS);
        header.add("y");
        header.add("Prediction (y)");
        assertEquals(header, predictions.header, "the data's columns, then the prediction");
        for (int r = 0; r < data.samples(); r++) {
            assertEquals(input.value(r, "x3"), predictions.value(r, "x3"), 1e-15);
            // 15 decimals in the file; predictions are of order 1
            assertEquals(expected.get(r, 0), predictions.value(r, "Prediction (y)"), 1e-12);
        }
    }

    @Test
    void boundEvaluatorReportsTheImbalanceOfTheStart() {
        // rank X = D, so Φ1Φ1ᵀ = I and Λ = U1ᵀU1 − VᵀV = UᵀU − VᵀV; c = [λ_r(Λ)]+ + [λ_m(−Λ)]+ with r = 7, m = 1
        LinearNetwork start = Initializers.gaussian(7, 1, 100, 0.5, 1, 1, 1);
        DMatrixRMaj u = start.u();
        DMatrixRMaj v = start.v();
        DMatrixRMaj lambda = new DMatrixRMaj(100, 100);
        CommonOps_DDRM.multTransA(u, u, lambda);
        CommonOps_DDRM.multAddTransA(-1, v, v, lambda);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(100, false, true);
        assertTrue(eig.decompose(lambda));
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = eig.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(values);
        double c = Math.max(0, values[100 - 7]) + Math.max(0, -values[0]);
        TestCsv bounds = TestCsv.read(minNormOut.resolve("bounds.csv"));
        assertEquals(1, bounds.rows.size());
        assertEquals(100, bounds.value(0, "width"));
        assertEquals(c, bounds.value(0, "c"), 1e-12);
        // Lemma 1's (17), λ_r(Λ(0)) + λ_m(−Λ(0)) > h^(1−2α), recomputed from the same eigenvalues: h^0 = 1 at α = 1/2
        double lhs17 = values[100 - 7] - values[0];
        assertEquals(lhs17, bounds.value(0, "eq17Lhs"), 1e-12);
        assertEquals(1, bounds.value(0, "eq17Rhs"), 1e-15);
        assertEquals(Boolean.toString(lhs17 > 1), bounds.text(0, "eq17Holds"));
    }

    @Test
    void trajectoryChartIsSavedAsAnImage() throws IOException {
        BufferedImage chart = ImageIO.read(minNormOut.resolve("trajectory.png").toFile());
        assertEquals(Charts.WIDTH, chart.getWidth());
        assertEquals(Charts.HEIGHT, chart.getHeight());
    }

    @Test
    void widthSweepFlowShowsTheSlopeOfTheorem2() throws IOException {
        Path out = KfRun.freshDir("example-width-sweep");
        KfRun run = KfRun.run(KfRun.load(SWEEP_FLOW), Map.of("lnet.data", DATA.toString(), "lnet.out", out.toString()));
        assertTrue(run.ok(), run.toString());
        TestCsv sweep = TestCsv.read(out.resolve("sweep_exact.txt"));
        assertEquals(12, sweep.rows.size(), "4 widths x 3 runs");
        // the least-squares slope of log distance on log h, recomputed from the rows
        double n = sweep.rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int r = 0; r < n; r++) {
            double x = Math.log(sweep.value(r, "h"));
            double y = Math.log(sweep.value(r, "distance"));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        assertEquals(slope, sweep.value(0, "slope"), 1e-12);
        // its standard error from the scatter of the runs about the fitted line: sqrt(RSS / (n - 2) / Sxx)
        double intercept = (sy - slope * sx) / n;
        double rss = 0;
        for (int r = 0; r < n; r++) {
            double e = Math.log(sweep.value(r, "distance")) - intercept - slope * Math.log(sweep.value(r, "h"));
            rss += e * e;
        }
        double stdErr = Math.sqrt(rss / (n - 2) / (sxx - sx * sx / n));
        assertEquals(stdErr, sweep.value(0, "slopeStdErr"), 1e-9 * stdErr, "the flow reports the same error");
        assertTrue(stdErr > 0 && stdErr < 0.05, "12 runs over a factor 64 in h pin the slope down: " + stdErr);
        // Theorem 2: distance ~ h^-(2α - 1/2) = h^-1/2 for α = 1/2. Within 3 standard errors (a t(10) variable
        // exceeds 3 with probability 1.3%): an α off by 0.05 moves the slope by 0.1, many standard errors away.
        assertEquals(-0.5, slope, 3 * stdErr, "slope " + slope + " ± " + stdErr);
        // the same sweep by the engine alone on the file's data: the same runs, the same distances
        TestCsv csv = TestCsv.read(DATA.resolve("figure1.csv"));
        List<String> inputs = new ArrayList<>();
        for (int j = 1; j <= 80; j++) {
            inputs.add("x" + j);
        }
        DataDecomposition data = DataDecomposition.of(csv.matrix(inputs), csv.matrix(List.of("y1", "y2")));
        WidthSweep.Result engine = WidthSweep.run(data, new WidthSweep.Settings(new long[] {250, 1000, 4000, 16000}, 3,
            0.5, 0.8, 1e-8, LossConvention.MEAN, 100_000, true, 1, 0.1, 1), Progress.NONE);
        for (int r = 0; r < n; r++) {
            WidthSweep.Row row = engine.rows().get(r);
            assertEquals(row.width(), sweep.value(r, "h"));
            assertEquals(row.distance(), sweep.value(r, "distance"), 0.0, "bit-identical for any thread count");
            // n = 20 < D = 80: L* = 0, so the run reached its tolerance exactly when its final loss is below 1e-8
            assertTrue(row.finalLoss() <= 1e-8, "run " + r + " final loss " + row.finalLoss());
        }
        BufferedImage figure = ImageIO.read(out.resolve("figure1.png").toFile());
        assertEquals(Charts.WIDTH, figure.getWidth());
        assertTrue(Files.size(out.resolve("sweep.csv")) > 0);
    }
}
