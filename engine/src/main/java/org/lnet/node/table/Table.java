package org.lnet.node.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lnet.node.PortValue;

/**
 * The neutral table every node reads and writes: a {@link TableSpec}, one id per row and typed columns. A cell is
 * either a value or MISSING, and MISSING is distinct from a NaN value, so messages can tell "missing value in column
 * 'x3', row 'Row7'" from "NaN in column 'x3', row 'Row7'". Immutable once built.
 */
public final class Table implements PortValue {

    private final TableSpec spec;
    private final String[] rowIds;
    /** Per column a double[], long[], boolean[] or String[] of length rows. */
    private final Object[] data;
    private final BitSet[] missing;

    private Table(TableSpec spec, String[] rowIds, Object[] data, BitSet[] missing) {
        this.spec = spec;
        this.rowIds = rowIds;
        this.data = data;
        this.missing = missing;
    }

    /** A builder for a table with this spec. */
    public static Builder builder(TableSpec spec) {
        return new Builder(spec);
    }

    /** A table of doubles, rows given as arrays, ids Row0, Row1, ... */
    public static Table ofRows(TableSpec spec, double[]... rows) {
        Builder b = builder(spec);
        for (double[] row : rows) {
            Object[] cells = new Object[row.length];
            for (int j = 0; j < row.length; j++) {
                cells[j] = row[j];
            }
            b.addCells(cells);
        }
        return b.build();
    }

    @Override
    public TableSpec spec() {
        return spec;
    }

    public int rows() {
        return rowIds.length;
    }

    public String rowId(int row) {
        return rowIds[row];
    }

    public boolean isMissing(int column, int row) {
        return missing[column].get(row);
    }

    /** The value of a numeric cell as a double (a missing cell gives NaN; check {@link #isMissing} first). */
    public double getDouble(int column, int row) {
        Object d = data[column];
        if (d instanceof double[] a) {
            return a[row];
        }
        if (d instanceof long[] a) {
            return a[row];
        }
        throw new IllegalStateException("column '" + spec.column(column).name() + "' is not numeric");
    }

    public long getLong(int column, int row) {
        return ((long[]) data[column])[row];
    }

    public boolean getBoolean(int column, int row) {
        return ((boolean[]) data[column])[row];
    }

    public String getString(int column, int row) {
        return ((String[]) data[column])[row];
    }

    /** A cell as an object: Double, Long, Boolean, String, or null when missing. */
    public Object get(int column, int row) {
        if (isMissing(column, row)) {
            return null;
        }
        return switch (spec.column(column).type()) {
            case DOUBLE -> ((double[]) data[column])[row];
            case LONG -> getLong(column, row);
            case BOOLEAN -> getBoolean(column, row);
            case STRING -> getString(column, row);
        };
    }

    /** Equal spec, row ids and cells (doubles bit for bit, so NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table t) || !t.spec.equals(spec) || !Arrays.equals(t.rowIds, rowIds)) {
            return false;
        }
        for (int c = 0; c < spec.size(); c++) {
            if (!missing[c].equals(t.missing[c])) {
                return false;
            }
            for (int r = 0; r < rows(); r++) {
                if (!Objects.equals(get(c, r), t.get(c, r))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(rowIds);
    }

    @Override
    public String toString() {
        return "Table" + spec + " with " + rows() + " rows";
    }

    /** Collects rows; each {@link #addRow} takes one cell per column (null = missing). */
    public static final class Builder {
        private final TableSpec spec;
        private final List<String> ids = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(TableSpec spec) {
            this.spec = Objects.requireNonNull(spec);
        }

        /** Adds a row with the next default id "Row" + index (Row0, Row1, ...). */
        public Builder addCells(Object... cells) {
            return addRow("Row" + rows.size(), cells);
        }

        /**
         * @param cells Double (or any Number) for DOUBLE, Long/Integer for LONG, Boolean, String; null = missing
         */
        public Builder addRow(String rowId, Object... cells) {
            if (cells.length != spec.size()) {
                throw new IllegalArgumentException("Row '" + rowId + "' has " + cells.length + " cells but the table has "
                    + spec.size() + " columns.");
            }
            if (!seen.add(Objects.requireNonNull(rowId, "rowId"))) {
                throw new IllegalArgumentException("Duplicate row id '" + rowId + "'.");
            }
            for (int c = 0; c < cells.length; c++) {
                check(c, cells[c], rowId);
            }
            ids.add(rowId);
            rows.add(cells.clone());
            return this;
        }

        private void check(int c, Object v, String rowId) {
            if (v == null) {
                return;
            }
            ColumnSpec col = spec.column(c);
            boolean ok = switch (col.type()) {
                case DOUBLE -> v instanceof Number;
                case LONG -> v instanceof Long || v instanceof Integer;
                case BOOLEAN -> v instanceof Boolean;
                case STRING -> v instanceof String;
            };
            if (!ok) {
                throw new IllegalArgumentException("Cell of column '" + col.name() + "', row '" + rowId + "' holds "
                    + v.getClass().getSimpleName() + " but the column is " + col.type() + ".");
            }
        }

        public Table build() {
            int n = rows.size();
            Object[] data = new Object[spec.size()];
            BitSet[] missing = new BitSet[spec.size()];
            for (int c = 0; c < spec.size(); c++) {
                missing[c] = new BitSet(n);
                data[c] = switch (spec.column(c).type()) {
                    case DOUBLE -> new double[n];
                    case LONG -> new long[n];
                    case BOOLEAN -> new boolean[n];
                    case STRING -> new String[n];
                };
                for (int r = 0; r < n; r++) {
                    Object v = rows.get(r)[c];
                    if (v == null) {
                        missing[c].set(r);
                        if (data[c] instanceof double[] a) {
                            a[r] = Double.NaN;
                        }
                        continue;
                    }
                    switch (spec.column(c).type()) {
                        case DOUBLE -> ((double[]) data[c])[r] = ((Number) v).doubleValue();
                        case LONG -> ((long[]) data[c])[r] = ((Number) v).longValue();
                        case BOOLEAN -> ((boolean[]) data[c])[r] = (Boolean) v;
                        case STRING -> ((String[]) data[c])[r] = (String) v;
                    }
                }
            }
            return new Table(spec, ids.toArray(new String[0]), data, missing);
        }
    }
}
