package org.lnet.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.lnet.engine.Progress;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeResult;
import org.lnet.node.PortValue;
import org.lnet.node.nodes.BoundEvaluatorNode;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.nodes.RandomInitializerNode;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * The million-row table, and the node layer run on it in a child JVM with a small heap ({@link BigTable} starts it).
 * The table is built as a host builds one (row by row through {@code Table.builder} with the row count), then
 * Min-Norm Regression, the Gradient Flow Trainer and the Bound Evaluator run on it; finally, with the table still
 * alive, the child tries to allocate one n x D matrix, the copy the nodes used to make: in this heap it must not fit,
 * which shows that the nodes ran without one. Results go to stdout as {@code RESULT key=value} lines.
 */
public final class BigTableMain {

    /** Rows, inputs; one target. */
    static final int N = 1_000_000;
    static final int D = 8;
    /** The map the targets come from; Θ̂ must come close to it. */
    static final double[] THETA = {1.5, -2, 0.25, 3, -0.5, 1, 0, -1.25};

    private BigTableMain() {
    }

    /**
     * The rows in order: inputs uniform in [-10, 10] with two decimals, y = x·θ + noise rounded to two decimals, so
     * every value prints short and parses back to the same double (the CLI's CSV and the table hold equal bits).
     */
    static void rows(Consumer<double[]> sink) {
        SplittableRandom r = new SplittableRandom(2024);
        double[] row = new double[D + 1];
        for (int i = 0; i < N; i++) {
            double y = 0;
            for (int j = 0; j < D; j++) {
                row[j] = (r.nextInt(2001) - 1000) / 100.0;
                y += row[j] * THETA[j];
            }
            row[D] = Math.rint(100 * (y + r.nextDouble() - 0.5)) / 100.0;
            sink.accept(row);
        }
    }

    static List<String> inputs() {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= D; j++) {
            names.add("x" + j);
        }
        return names;
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>(inputs());
        names.add("y");
        TableBuilder b = Table.builder(TableSpec.reals(names), N);
        rows(row -> {
            Object[] cells = new Object[row.length];
            for (int j = 0; j < row.length; j++) {
                cells[j] = row[j];
            }
            b.addCells(cells);
        });
        Table table = b.build();
        String columns = String.join(", ", inputs());

        MapSettingsStore s = new MapSettingsStore();
        MinNormRegressionNode minNorm = new MinNormRegressionNode();
        minNorm.parameter("inputColumns").writeText(s, columns);
        minNorm.parameter("targetColumns").writeText(s, "y");
        NodeResult r = minNorm.execute(s, new PortValue[] {table}, Progress.NONE);
        Table theta = (Table) r.output(0);
        StringBuilder t = new StringBuilder();
        for (int j = 0; j < D; j++) {
            t.append(j == 0 ? "" : ",").append(theta.getDouble(0, j));
        }
        print("theta", t.toString());
        print("rank", Results.summary((Table) r.output(1), "rank"));

        MapSettingsStore init = new MapSettingsStore();
        RandomInitializerNode initializer = new RandomInitializerNode();
        initializer.parameter("inputColumns").writeText(init, columns);
        initializer.parameter("targetColumns").writeText(init, "y");
        initializer.parameter("width").writeText(init, "20");
        PortValue net = initializer.execute(init, new PortValue[] {table}, Progress.NONE).output(0);
        MapSettingsStore train = new MapSettingsStore();
        GradientFlowTrainerNode trainer = new GradientFlowTrainerNode();
        trainer.parameter("loss").writeText(train, "mean");
        trainer.parameter("time").writeText(train, "1");
        trainer.parameter("records").writeText(train, "2");
        Table trajectory = (Table) trainer.execute(train, new PortValue[] {net, table}, Progress.NONE).output(1);
        int excess = trajectory.spec().indexOf("excessLoss");
        print("trainedExcessLossFalls", trajectory.getDouble(excess, trajectory.rows() - 1)
            < trajectory.getDouble(excess, 0));
        Table bounds = (Table) new BoundEvaluatorNode().execute(new MapSettingsStore(), new PortValue[] {net, table},
            Progress.NONE).output(0);
        print("boundsC", bounds.getDouble(bounds.spec().indexOf("c"), 0));

        boolean copyFits;
        try {
            double[] copy = new double[N * D];
            copy[copy.length - 1] = table.getDouble(0, 0);
            copyFits = copy.length > 0;
        } catch (OutOfMemoryError e) {
            copyFits = false;
        }
        print("copyFits", copyFits);
        print("rows", table.rows());
    }

    private static void print(String key, Object value) {
        System.out.println(String.format(Locale.ROOT, "RESULT %s=%s", key, value));
    }
}
