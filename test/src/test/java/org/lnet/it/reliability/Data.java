package org.lnet.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * One case's data, host-neutral: named columns (numbers or text), rows of cells (Double, String, or null for a
 * missing cell) and which columns are the inputs X and the targets Y. Each host gets it in its own form: the node
 * layer a {@link Table}, Weka {@link Instances}, the CLI two CSV files. Row ids are "1", "2", ... as Weka numbers its
 * instances, so the node layer and Weka name a bad row alike and their messages can be compared word for word.
 *
 * @param extraXRows rows only the CLI's X file gets (X/Y row mismatch; one table cannot express it)
 */
record Data(List<String> names, List<Boolean> text, List<Object[]> rows, List<String> inputs, List<String> targets,
            int extraXRows) {

    /** n rows of x1..xD and y1..ym, Gaussian values from a fixed seed (decimal round trips are exact). */
    static Data regression(int n, int d, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            inputs.add("x" + j);
        }
        for (int j = 1; j <= m; j++) {
            targets.add("y" + j);
        }
        names.addAll(inputs);
        names.addAll(targets);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[d + m];
            for (int j = 0; j < row.length; j++) {
                row[j] = gaussian(random);
            }
            rows.add(row);
        }
        return new Data(names, names.stream().map(x -> false).toList(), rows, inputs, targets, 0);
    }

    /** A standard normal draw (Box–Muller), so the data do not depend on java.util.Random's implementation. */
    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    int n() {
        return rows.size();
    }

    /** The same data with one cell replaced; {@code row} counts from 0. */
    Data withCell(int row, String column, Object value) {
        List<Object[]> copy = copyRows();
        copy.get(row)[names.indexOf(column)] = value;
        return new Data(names, text, copy, inputs, targets, extraXRows);
    }

    /** The same data with a column added (before the targets) and chosen as an input. */
    Data withInput(String name, boolean isText, IntFunction<Object> cell) {
        List<String> n = new ArrayList<>(names);
        List<Boolean> t = new ArrayList<>(text);
        int at = names.indexOf(targets.get(0));
        n.add(at, name);
        t.add(at, isText);
        List<Object[]> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(rows.get(i)));
            cells.add(at, cell.apply(i));
            copy.add(cells.toArray());
        }
        List<String> in = new ArrayList<>(inputs);
        in.add(name);
        return new Data(n, t, copy, in, targets, extraXRows);
    }

    /** The same data with the given rows only, e.g. {@code rowsCopied(0, 1, 2, 0, 1, 2)} duplicates three rows. */
    Data rowsCopied(int... which) {
        List<Object[]> copy = new ArrayList<>();
        for (int i : which) {
            copy.add(rows.get(i).clone());
        }
        return new Data(names, text, copy, inputs, targets, extraXRows);
    }

    /** The same data with an input column replaced by a function of the row's other cells. */
    Data withColumnValues(String column, java.util.function.Function<Object[], Object> f) {
        List<Object[]> copy = copyRows();
        for (Object[] row : copy) {
            row[names.indexOf(column)] = f.apply(row);
        }
        return new Data(names, text, copy, inputs, targets, extraXRows);
    }

    /** The same data with the given columns multiplied by a factor (data at the edge of double precision). */
    Data scaled(List<String> columns, double factor) {
        Data d = this;
        for (String c : columns) {
            d = d.withColumnValues(c, row -> (Double) row[names.indexOf(c)] * factor);
        }
        return d;
    }

    /** The same data whose X file, for the CLI only, has more rows than its Y file. */
    Data withExtraXRows(int extra) {
        return new Data(names, text, rows, inputs, targets, extra);
    }

    double value(int row, String column) {
        return (Double) rows.get(row)[names.indexOf(column)];
    }

    private List<Object[]> copyRows() {
        List<Object[]> copy = new ArrayList<>();
        for (Object[] r : rows) {
            copy.add(r.clone());
        }
        return copy;
    }

    /** The node layer's table: numeric columns DOUBLE, text columns STRING, row ids "1", "2", ... */
    Table table() {
        List<ColumnSpec> cols = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            cols.add(new ColumnSpec(names.get(c), text.get(c) ? ColumnType.STRING : ColumnType.DOUBLE));
        }
        TableBuilder b = Table.builder(new TableSpec(cols), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            b.addRow(Integer.toString(i + 1), rows.get(i).clone());
        }
        return b.build();
    }

    /** Weka's data set: numeric attributes, string attributes for text; missing cells as Weka's missing value. */
    Instances instances() {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            atts.add(text.get(c) ? new Attribute(names.get(c), (List<String>) null) : new Attribute(names.get(c)));
        }
        Instances d = new Instances("reliability", atts, rows.size());
        for (Object[] row : rows) {
            double[] v = new double[row.length];
            for (int c = 0; c < row.length; c++) {
                Object cell = row[c];
                v[c] = cell == null ? Utils.missingValue()
                    : cell instanceof String s ? d.attribute(c).addStringValue(s) : (Double) cell;
            }
            d.add(new DenseInstance(1, v));
        }
        return d;
    }

    /** The CLI's X file: a line of input names, then one line per row (plus the extra rows); missing = empty. */
    String xCsv() {
        StringBuilder b = csv(inputs, rows);
        for (int i = 0; i < extraXRows; i++) {
            line(b, inputs, rows.get(i % rows.size()));
        }
        return b.toString();
    }

    /** The CLI's Y file. */
    String yCsv() {
        return csv(targets, rows).toString();
    }

    private StringBuilder csv(List<String> columns, List<Object[]> data) {
        StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
        for (Object[] row : data) {
            line(b, columns, row);
        }
        return b;
    }

    private void line(StringBuilder b, List<String> columns, Object[] row) {
        for (int j = 0; j < columns.size(); j++) {
            Object cell = row[names.indexOf(columns.get(j))];
            b.append(j == 0 ? "" : ",").append(cell == null ? "" : cell.toString());
        }
        b.append('\n');
    }
}
