package org.lnet.weka;

import java.util.ArrayList;
import java.util.List;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSource;
import org.lnet.node.table.TableSpec;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Weka's {@link Instances} to the node layer's neutral {@link Table} and back, and tables as CSV text.
 *
 * <p>Weka to neutral: numeric attributes become DOUBLE columns; nominal, string, date and relational attributes
 * become STRING columns holding the values' text, so the node layer can name such a column when it is selected as
 * an input or target. A missing value stays MISSING. Rows are identified by their 1-based instance number ("1",
 * "2", ...), as Weka's viewers number them. Instance weights are not used.
 *
 * <p>Neutral to Weka: DOUBLE and LONG columns become numeric attributes, BOOLEAN columns nominal {false, true},
 * STRING columns string attributes. Tables whose rows have names (e.g. Θ̂, one row per input column) get a first
 * nominal attribute {@value #ROW_ID} holding them.
 */
public final class WekaTables {

    /** Attribute holding the row names of a table whose rows are named. */
    public static final String ROW_ID = "row";

    private WekaTables() {
    }

    /** The neutral column types of a data set's attributes. */
    public static TableSpec spec(Instances data) {
        List<ColumnSpec> cols = new ArrayList<>(data.numAttributes());
        for (int a = 0; a < data.numAttributes(); a++) {
            Attribute att = data.attribute(a);
            cols.add(new ColumnSpec(att.name(), isNumber(att) ? ColumnType.DOUBLE : ColumnType.STRING));
        }
        return new TableSpec(cols);
    }

    /** Whether an attribute holds plain numbers (Weka counts dates as numeric too; they are not inputs). */
    public static boolean isNumber(Attribute att) {
        return att.isNumeric() && !att.isDate();
    }

    /** Weka numbers instances from 1, and so do the row ids of its tables. */
    private static final int FIRST_ROW_NUMBER = 1;

    /**
     * The instances as the node layer sees them: a {@link Table#view}, so that a node streaming them into the engine
     * reads the selected attributes straight from Weka's instances, and the copy is made only if a node reads them
     * otherwise. Rows are numbered 1, 2, ... as Weka numbers instances.
     */
    public static Table toTable(Instances data) {
        TableSpec spec = spec(data);
        return Table.view(spec, data.numInstances(), new TableSource() {
            @Override
            public Table copy() {
                return WekaTables.copy(data, spec);
            }

            @Override
            public void read(int[] columns, TableSource.RowReader reader) {
                double[] values = new double[columns.length];
                boolean[] missing = new boolean[columns.length];
                int[] current = new int[1];
                java.util.function.Supplier<String> id = () -> Integer.toString(current[0] + FIRST_ROW_NUMBER);
                for (int i = 0; i < data.numInstances(); i++) {
                    Instance inst = data.instance(i);
                    for (int j = 0; j < columns.length; j++) {
                        values[j] = inst.value(columns[j]);
                        missing[j] = Utils.isMissingValue(values[j]); // what inst.isMissing tests
                    }
                    current[0] = i;
                    reader.row(i, values, missing, id);
                }
            }
        });
    }

    /** Every value of the instances, copied into a neutral table. */
    private static Table copy(Instances data, TableSpec spec) {
        // rows are numbered 1, 2, ... by the table itself (no id strings); one pass over the instances, each value
        // written straight into its column, nothing boxed
        TableBuilder b = Table.builder(spec, data.numInstances()).numberedIds("", FIRST_ROW_NUMBER);
        boolean[] numeric = new boolean[spec.size()];
        for (int a = 0; a < numeric.length; a++) {
            numeric[a] = spec.column(a).type() == ColumnType.DOUBLE;
        }
        for (int i = 0; i < data.numInstances(); i++) {
            Instance inst = data.instance(i);
            b.startRow();
            for (int a = 0; a < numeric.length; a++) {
                double v = inst.value(a);
                if (Utils.isMissingValue(v)) { // what inst.isMissing(a) tests, without reading the value twice
                    b.missing();
                } else if (numeric[a]) {
                    b.cell(v);
                } else {
                    b.cell(inst.stringValue(a));
                }
            }
            b.endRow();
        }
        return b.build();
    }

    /** Whether the rows have names of their own rather than the default ids Row0, Row1, ... */
    static boolean namedRows(Table t) {
        for (int r = 0; r < t.rows(); r++) {
            if (!t.rowId(r).equals("Row" + r)) {
                return true;
            }
        }
        return false;
    }

    public static Instances toInstances(Table t, String relation) {
        boolean named = namedRows(t);
        ArrayList<Attribute> atts = new ArrayList<>();
        if (named) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < t.rows(); r++) {
                ids.add(t.rowId(r));
            }
            atts.add(new Attribute(uniqueRowIdName(t.spec()), ids));
        }
        for (ColumnSpec c : t.spec().columns()) {
            atts.add(switch (c.type()) {
                case DOUBLE, LONG -> new Attribute(c.name());
                case BOOLEAN -> new Attribute(c.name(), List.of("false", "true"));
                case STRING -> new Attribute(c.name(), (List<String>) null);
            });
        }
        Instances out = new Instances(relation, atts, t.rows());
        int offset = named ? 1 : 0;
        for (int r = 0; r < t.rows(); r++) {
            double[] values = new double[atts.size()];
            if (named) {
                values[0] = r;
            }
            for (int c = 0; c < t.spec().size(); c++) {
                values[offset + c] = value(t, c, r, out.attribute(offset + c));
            }
            out.add(new DenseInstance(1, values));
        }
        return out;
    }

    private static String uniqueRowIdName(TableSpec spec) {
        return spec.uniqueName(ROW_ID);
    }

    private static double value(Table t, int c, int r, Attribute att) {
        if (t.isMissing(c, r)) {
            return Utils.missingValue();
        }
        return switch (t.spec().column(c).type()) {
            case DOUBLE, LONG -> t.getDouble(c, r);
            case BOOLEAN -> t.getBoolean(c, r) ? 1 : 0;
            case STRING -> att.addStringValue(t.getString(c, r));
        };
    }

    /**
     * A copy of {@code data} with the columns of {@code extra} appended as numeric attributes (same rows, in order),
     * keeping the class attribute.
     */
    public static Instances append(Instances data, Table extra, String relation) {
        if (data.numInstances() != extra.rows()) {
            throw new IllegalArgumentException("row counts differ: " + data.numInstances() + " vs " + extra.rows());
        }
        Instances out = new Instances(data);
        out.setRelationName(relation);
        int first = out.numAttributes();
        for (ColumnSpec c : extra.spec().columns()) {
            out.insertAttributeAt(new Attribute(c.name()), out.numAttributes());
        }
        for (int r = 0; r < out.numInstances(); r++) {
            for (int c = 0; c < extra.spec().size(); c++) {
                out.instance(r).setValue(first + c, extra.isMissing(c, r) ? Utils.missingValue() : extra.getDouble(c, r));
            }
        }
        return out;
    }

    /**
     * The table as CSV with every number in full precision ({@link Double#toString}), missing cells as "?", a header
     * line of column names, and a first column {@value #ROW_ID} when the rows are named. Weka's CSVSaver rounds
     * numbers to a fixed number of decimals (losing tiny values such as a converged excess loss); this does not.
     */
    public static String csv(Table t) {
        boolean named = namedRows(t);
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>();
        if (named) {
            header.add(uniqueRowIdName(t.spec()));
        }
        header.addAll(t.spec().names());
        line(b, header);
        for (int r = 0; r < t.rows(); r++) {
            List<String> cells = new ArrayList<>();
            if (named) {
                cells.add(t.rowId(r));
            }
            for (int c = 0; c < t.spec().size(); c++) {
                Object v = t.get(c, r);
                cells.add(v == null ? null : v.toString());
            }
            line(b, cells);
        }
        return b.toString();
    }

    /** One CSV line; null is a missing cell ("?"), so a text "?" is quoted. */
    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = cells.get(i);
            if (s == null) {
                b.append('?');
            } else if (s.isEmpty() || s.matches(".*[,\"'\\s?].*")) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append('\n');
    }
}
