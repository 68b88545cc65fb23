package org.lnet.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.knime.base.KnimeTables;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.weka.WekaTables;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * bench/adapters: what the KNIME and Weka adapters add over the engine when a node decomposes a table of n rows
 * (D inputs, m targets, entries uniform on [-1, 1) from a seed). Engine: the rows, as arrays, streamed into the engine's
 * accumulator. KNIME: a BufferedDataTable (the plugin's test-scope KNIME classes) through KnimeTables.toTable and
 * the node layer's Matrices.decompose, as a node's execute does. Weka: real weka.core.Instances through
 * WekaTables.toTable and the same decompose. Building the host's table is the host's work and is not timed. Best of
 * a few repetitions in one JVM, after a warm-up. Not a test: a main, run by bench/adapters.
 */
public final class AdapterBenchmark {

    private AdapterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        double[][] x = new double[n][d];
        double[][] y = new double[n][m];
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = rng.nextDouble(-1, 1);
            }
            for (int j = 0; j < m; j++) {
                y[i][j] = rng.nextDouble(-1, 1);
            }
        }
        List<String> inputs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            inputs.add("x" + (j + 1));
        }
        for (int j = 0; j < m; j++) {
            targets.add("y" + (j + 1));
        }
        ExecutionContext exec = new ExecutionContext();
        BufferedDataTable knime = knimeTable(x, y, inputs, targets, exec);
        Instances weka = wekaInstances(x, y, inputs, targets);
        double[] reference = new double[1];
        Run[] routes = {
            () -> check(reference, engine(x, y)),
            () -> check(reference, viaTable(KnimeTables.toTable(knime, exec), inputs, targets)),
            () -> check(reference, viaTable(WekaTables.toTable(weka), inputs, targets))};
        double[] best = best(repeat, routes);
        double engine = best[0];
        double knimeSeconds = best[1];
        double wekaSeconds = best[2];
        System.out.printf(Locale.ROOT, "adapters: n=%d D=%d m=%d, best of %d rounds (engine, KNIME, Weka in turn)%n", n,
            d, m, repeat);
        System.out.printf(Locale.ROOT, "%-44s %8.3f s%n", "engine (arrays -> accumulator)", engine);
        System.out.printf(Locale.ROOT, "%-44s %8.3f s   overhead %+.1f%% (target <= 10%%)%n",
            "KNIME (BufferedDataTable -> KnimeTables)", knimeSeconds, 100 * (knimeSeconds / engine - 1));
        System.out.printf(Locale.ROOT, "%-44s %8.3f s   overhead %+.1f%% (target <= 10%%)%n",
            "Weka (Instances -> WekaTables)", wekaSeconds, 100 * (wekaSeconds / engine - 1));
    }

    private interface Run {
        DataDecomposition run() throws Exception;
    }

    /** All routes must give the same decomposition: the same L* to the last bits of roundoff. */
    private static DataDecomposition check(double[] reference, DataDecomposition data) {
        if (reference[0] == 0) {
            reference[0] = data.residualLoss();
        } else if (Math.abs(data.residualLoss() - reference[0]) > 1e-9 * reference[0]) {
            throw new IllegalStateException("routes disagree: L* " + data.residualLoss() + " vs " + reference[0]);
        }
        return data;
    }

    /**
     * The best time of each route over {@code repeat} rounds after a warm-up round, the routes taking turns within a
     * round, so that a machine whose speed drifts (other work, the heap filling) affects them alike.
     */
    private static double[] best(int repeat, Run... routes) throws Exception {
        for (Run run : routes) {
            run.run();
        }
        double[] best = new double[routes.length];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int k = 0; k < repeat; k++) {
            for (int i = 0; i < routes.length; i++) {
                long t0 = System.nanoTime();
                routes[i].run();
                best[i] = Math.min(best[i], (System.nanoTime() - t0) / 1e9);
            }
        }
        return best;
    }

    private static DataDecomposition engine(double[][] x, double[][] y) {
        DataAccumulator acc = new DataAccumulator(x[0].length, y[0].length);
        for (int i = 0; i < x.length; i++) {
            acc.add(x[i], y[i]);
        }
        return acc.finish();
    }

    private static DataDecomposition viaTable(Table table, List<String> inputs, List<String> targets) {
        return Matrices.decompose(table, inputs, "inputs", targets, "targets", 0, 0, Progress.NONE);
    }

    private static BufferedDataTable knimeTable(double[][] x, double[][] y, List<String> inputs, List<String> targets,
                                                ExecutionContext exec) {
        List<org.knime.core.data.DataColumnSpec> cols = new ArrayList<>();
        for (String c : inputs) {
            cols.add(new DataColumnSpecCreator(c, DoubleCell.TYPE).createSpec());
        }
        for (String c : targets) {
            cols.add(new DataColumnSpecCreator(c, DoubleCell.TYPE).createSpec());
        }
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(cols.toArray(
            new org.knime.core.data.DataColumnSpec[0])));
        for (int i = 0; i < x.length; i++) {
            DataCell[] cells = new DataCell[inputs.size() + targets.size()];
            for (int j = 0; j < x[i].length; j++) {
                cells[j] = new DoubleCell(x[i][j]);
            }
            for (int j = 0; j < y[i].length; j++) {
                cells[x[i].length + j] = new DoubleCell(y[i][j]);
            }
            c.addRowToTable(new DefaultRow("Row" + i, cells));
        }
        c.close();
        return c.getTable();
    }

    private static Instances wekaInstances(double[][] x, double[][] y, List<String> inputs, List<String> targets) {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (String c : inputs) {
            atts.add(new Attribute(c));
        }
        for (String c : targets) {
            atts.add(new Attribute(c));
        }
        Instances data = new Instances("bench", atts, x.length);
        for (int i = 0; i < x.length; i++) {
            double[] v = new double[atts.size()];
            System.arraycopy(x[i], 0, v, 0, x[i].length);
            System.arraycopy(y[i], 0, v, x[i].length, y[i].length);
            data.add(new DenseInstance(1.0, v));
        }
        return data;
    }
}
