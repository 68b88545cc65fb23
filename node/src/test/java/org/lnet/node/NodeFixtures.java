package org.lnet.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * Test data for the node layer, drawn with java.util.Random (independent of the engine's sampler), and reference
 * computations written directly from the formulas with SimpleMatrix.
 */
public final class NodeFixtures {
    private NodeFixtures() {
    }

    /** A table with columns x1..xD (N(0,1)) and y1..ym (N(0,1)), row ids Row0.. */
    public static Table regression(int n, int d, int m, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        for (int j = 1; j <= m; j++) {
            names.add("y" + j);
        }
        TableBuilder b = Table.builder(TableSpec.reals(names));
        for (int i = 0; i < n; i++) {
            Object[] cells = new Object[d + m];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = random.nextGaussian();
            }
            b.addCells(cells);
        }
        return b.build();
    }

    /** The same table with one cell replaced (null = missing). */
    public static Table withCell(Table t, int row, String column, Object value) {
        TableBuilder b = Table.builder(t.spec());
        int c = t.spec().indexOf(column);
        for (int r = 0; r < t.rows(); r++) {
            Object[] cells = new Object[t.spec().size()];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = t.get(j, r);
            }
            if (r == row) {
                cells[c] = value;
            }
            b.addRow(t.rowId(r), cells);
        }
        return b.build();
    }

    /** The table's columns as a matrix (no checks: the test data are clean). */
    public static SimpleMatrix columns(Table t, String... names) {
        SimpleMatrix m = new SimpleMatrix(t.rows(), names.length);
        for (int j = 0; j < names.length; j++) {
            int c = t.spec().indexOf(names[j]);
            for (int r = 0; r < t.rows(); r++) {
                m.set(r, j, t.getDouble(c, r));
            }
        }
        return m;
    }

    /** A table with a text column added in front. */
    public static Table withTextColumn(Table t, String name) {
        List<ColumnSpec> cols = new ArrayList<>();
        cols.add(new ColumnSpec(name, org.lnet.node.table.ColumnType.STRING));
        cols.addAll(t.spec().columns());
        TableBuilder b = Table.builder(new TableSpec(cols));
        for (int r = 0; r < t.rows(); r++) {
            Object[] cells = new Object[cols.size()];
            cells[0] = "label" + r;
            for (int j = 0; j < t.spec().size(); j++) {
                cells[j + 1] = t.get(j, r);
            }
            b.addRow(t.rowId(r), cells);
        }
        return b.build();
    }

    /** X^+ for X of full row rank: X^T (X X^T)^-1. */
    public static SimpleMatrix pinvRowRank(SimpleMatrix x) {
        return x.transpose().mult(x.mult(x.transpose()).invert());
    }

    /** X^+ for X of full column rank: (X^T X)^-1 X^T. */
    public static SimpleMatrix pinvColumnRank(SimpleMatrix x) {
        return x.transpose().mult(x).invert().mult(x.transpose());
    }

    public static SimpleMatrix wrap(DMatrixRMaj m) {
        return SimpleMatrix.wrap(m.copy());
    }

    /** Largest absolute entry of a - b. */
    public static double maxDiff(SimpleMatrix a, SimpleMatrix b) {
        return a.minus(b).elementMaxAbs();
    }

    /** A progress that cancels at the n-th check. */
    public static Progress cancelAfter(int checks) {
        return new Progress() {
            private int count;

            @Override
            public void checkCanceled() {
                if (++count >= checks) {
                    throw new CancelledException();
                }
            }

            @Override
            public void report(double fraction, String message) {
            }
        };
    }

    /** Settings of a node from key/value pairs (values: Double, Long, Boolean, String, String[]). */
    public static MapSettingsStore store(Object... keyValues) {
        return MapSettingsStore.of(keyValues);
    }

    /**
     * A settings store with a value other than the default, inside the range, for every parameter of a node (for
     * save → load round trips: a value equal to the default would not show a parameter that is not saved).
     */
    public static MapSettingsStore nonDefaultSettings(LinearNetworkNode<?> node) {
        MapSettingsStore s = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            p.write(s, nonDefault(p));
        }
        return s;
    }

    static Object nonDefault(Parameter p) {
        return switch (p.kind()) {
            case DOUBLE -> {
                double d = (Double) p.defaultValue();
                for (double c : new double[] {d * 0.5, (p.min() + p.max()) / 2, d + 1, d * 2, d - 1}) {
                    if (Double.isFinite(c) && c != d && inRange(p, c)) {
                        yield c;
                    }
                }
                throw new AssertionError("no non-default value for " + p);
            }
            case LONG -> {
                long d = (Long) p.defaultValue();
                // a step of 2 keeps an even default even: the Wide Network Trainer's default initialization
                // needs an even width, and its key may be missing in aKeyMissingFromOlderSettingsTakesItsDefault
                yield d + 2 <= p.max() ? d + 2 : d - 2;
            }
            case BOOLEAN -> !(Boolean) p.defaultValue();
            case CHOICE -> p.choices().stream().filter(c -> !c.equals(p.defaultValue())).findFirst().orElseThrow();
            case TEXT -> p.key().equals("widths") ? "10, 20" : p.defaultValue() + "-other";
            case COLUMNS -> new String[] {"a", "b"};
        };
    }

    private static boolean inRange(Parameter p, double v) {
        try {
            MapSettingsStore s = new MapSettingsStore();
            s.putDouble(p.key(), v);
            p.readDouble(s);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }
}
