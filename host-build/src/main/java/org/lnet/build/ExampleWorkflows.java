package org.lnet.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Sampling;
import org.lnet.engine.data.SyntheticData;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.BalancedInitializerNode;
import org.lnet.node.nodes.BoundEvaluatorNode;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.nodes.NetworkToTableNode;
import org.lnet.node.nodes.PredictorNode;
import org.lnet.node.nodes.RandomInitializerNode;
import org.lnet.node.nodes.WidthSweepNode;

/**
 * The one declarative source of the example workflows: which nodes, with which settings, connected how, on which
 * data. The build writes them as .knwf archives; a test checks that the committed copies in examples/knime equal
 * what this class produces and that every settings.xml of our nodes loads into the node layer.
 *
 * <p>Usage: {@code ExampleWorkflows <output directory>}
 */
public final class ExampleWorkflows {

    private ExampleWorkflows() {
    }

    public static List<Workflow> all() {
        return List.of(minNormVsTrained(), imbalanceAndSpeed(), widthSweep());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExampleWorkflows <output directory>");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Workflow w : all()) {
            Files.write(dir.resolve(w.name() + ".knwf"), w.toKnwf());
        }
    }

    private static MapSettingsStore settings(Object... keyValues) {
        return MapSettingsStore.of(keyValues);
    }

    /** (a) The closed-form min-norm solution, a trained linear network and KNIME's linear regression agree (n > D). */
    static Workflow minNormVsTrained() {
        Workflow w = new Workflow("LinearNetworks_MinNorm_vs_Trained", "Min-norm solution vs trained network. "
            + "30 samples of 8 inputs and one target y = x^T θ* + noise. Min-Norm Regression computes Θ̂ = X^+ Y in "
            + "closed form; a random linear network of width 100 trained by gradient flow converges to the same map "
            + "(its trajectory, with the Theorem 1 bound, goes to the Line Plot: plot excessLoss and theorem1Bound "
            + "against t on a log axis); KNIME's Linear Regression Learner (without intercept) gives the same "
            + "coefficients, since for n > D the least-squares solution is unique.");
        w.dataFile("regression.csv", csv(plantedRegression(30, 8, 2021), "y"));
        var csv = w.add(KnimeNodes.csvReader(1, "regression.csv", 50, 160));
        var minNorm = w.add(KnimeNodes.ours(2, new MinNormRegressionNode(), settings("targetColumns",
            new String[] {"y"}), 300, 40));
        var init = w.add(KnimeNodes.ours(3, new RandomInitializerNode(), settings("targetColumns", new String[] {"y"},
            "width", 100L, "seed", 7L), 300, 160));
        var train = w.add(KnimeNodes.ours(4, new GradientFlowTrainerNode(), settings("method", "flow", "time", 200.0,
            "tol", 1e-12, "records", 200L), 500, 160));
        var plot = w.add(KnimeNodes.linePlot(5, 700, 240));
        var theta = w.add(KnimeNodes.ours(6, new NetworkToTableNode(), settings(), 700, 100));
        var regression = w.add(KnimeNodes.linearRegression(7, "y", 300, 300));
        var predict = w.add(KnimeNodes.ours(8, new PredictorNode(), settings(), 700, 360));
        w.connect(csv, 0, minNorm, 0).connect(csv, 0, init, 0).connect(init, 0, train, 0).connect(csv, 0, train, 1)
            .connect(train, 1, plot, 0).connect(train, 0, theta, 0).connect(csv, 0, regression, 0)
            .connect(train, 0, predict, 0).connect(csv, 0, predict, 1);
        return w;
    }

    /** (b) Figure 2: the same U(0)V(0)^T with more or less imbalance, and the balanced start, trained by descent. */
    static Workflow imbalanceAndSpeed() {
        Workflow w = new Workflow("LinearNetworks_Imbalance_and_Speed", "Imbalance and speed (the paper's Figure 2). "
            + "X has orthonormal rows (Σx = I), 20 samples, 40 inputs, 2 targets. Three random initializations with "
            + "the same seed and σ_U σ_V = 1 have the same U(0)V(0)^T but different imbalance c; the balanced "
            + "initialization has the same end-to-end map and c = 0. Gradient descent on the mean loss: the more "
            + "imbalanced, the faster L - L* falls, and each stays below its Theorem 1 bound (plot excessLoss and "
            + "theorem1Bound against t, log axis). The Bound Evaluator reports c and Lemma 1 for the first case.");
        w.dataFile("figure2.csv", csv(SyntheticData.figure2(20, 40, 2, 2021), "y1", "y2"));
        var csv = w.add(KnimeNodes.csvReader(1, "figure2.csv", 50, 300));
        double[][] sigmas = {{2, 0.5}, {1, 1}, {0.5, 2}};
        Workflow.Node[] inits = new Workflow.Node[4];
        for (int i = 0; i < 3; i++) {
            inits[i] = w.add(KnimeNodes.ours(2 + i, new RandomInitializerNode(), settings("targetColumns",
                new String[] {"y1", "y2"}, "width", 50L, "seed", 11L, "sigmaU", sigmas[i][0], "sigmaV", sigmas[i][1]),
                250, 40 + 130 * i));
            w.connect(csv, 0, inits[i], 0);
        }
        inits[3] = w.add(KnimeNodes.ours(5, new BalancedInitializerNode(), settings("width", 50L, "seed", 11L),
            250, 430));
        w.connect(csv, 0, inits[3], 0).connect(inits[1], 0, inits[3], 2);
        for (int i = 0; i < 4; i++) {
            var train = w.add(KnimeNodes.ours(6 + i, new GradientFlowTrainerNode(), settings("method", "gd", "lr", 0.5,
                "steps", 120L, "loss", "mean", "records", 39L), 450, 40 + 130 * i));
            var plot = w.add(KnimeNodes.linePlot(10 + i, 650, 40 + 130 * i));
            w.connect(inits[i], 0, train, 0).connect(csv, 0, train, 1).connect(train, 1, plot, 0);
        }
        var bounds = w.add(KnimeNodes.ours(14, new BoundEvaluatorNode(), settings(), 450, 560));
        w.connect(inits[0], 0, bounds, 0).connect(csv, 0, bounds, 1);
        return w;
    }

    /** (c) Figure 1: distance to the min-norm solution against the width, on the paper's synthetic data. */
    static Workflow widthSweep() {
        Workflow w = new Workflow("LinearNetworks_Width_Sweep", "Width sweep (the paper's Figure 1). Without an input "
            + "table the Width Sweep uses n = 50, D = 200, m = 5 synthetic data. For each width, three implicit-width "
            + "Gaussian N(0, 1/h) networks are trained by gradient descent to L - L* ≤ 1e-8; the distance "
            + "||U V^T - Θ̂||_F shrinks like h^(-1/2) (Theorem 2): plot distance against h on log-log axes in the "
            + "Scatter Plot; the slope column holds the fitted exponent.");
        var sweep = w.add(KnimeNodes.ours(1, new WidthSweepNode(), settings("widths", "100, 200, 400, 800, 1600",
            "seeds", 3L, "mode", "implicit", "tol", 1e-8), 100, 100));
        var plot = w.add(KnimeNodes.scatterPlot(2, 350, 100));
        w.connect(sweep, 0, plot, 0);
        return w;
    }

    /** X (n x d) with N(0, 1) entries and y = X θ* + 0.1 ε, θ* and ε N(0, 1), from one seeded stream. */
    static SyntheticData.Pair plantedRegression(int n, int d, long seed) {
        UniformRandomProvider rng = Sampling.generator(seed);
        ContinuousSampler normal = Sampling.gaussian(rng);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        Sampling.fillGaussian(x.data, 0, n * d, normal, 1);
        double[] theta = new double[d];
        Sampling.fillGaussian(theta, 0, d, normal, 1);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double v = 0.1 * normal.sample();
            for (int j = 0; j < d; j++) {
                v += x.get(i, j) * theta[j];
            }
            y.set(i, 0, v);
        }
        return new SyntheticData.Pair(x, y);
    }

    /** The pair as CSV: header x1..xD and the target names, values in Java's shortest round-trip decimal form. */
    static byte[] csv(SyntheticData.Pair data, String... targets) {
        StringBuilder b = new StringBuilder();
        for (int j = 1; j <= data.x().numCols; j++) {
            b.append('x').append(j).append(',');
        }
        b.append(String.join(",", targets)).append('\n');
        for (int i = 0; i < data.x().numRows; i++) {
            for (int j = 0; j < data.x().numCols; j++) {
                b.append(data.x().get(i, j)).append(',');
            }
            for (int j = 0; j < data.y().numCols; j++) {
                b.append(data.y().get(i, j)).append(j + 1 < data.y().numCols ? "," : "\n");
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
