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
 *
 * <p>Storage is one primitive array per column (8 bytes per numeric cell), and the default row ids Row0, Row1, ...
 * are not stored at all, so a million-row table costs its numbers and little else; a host converting its rows
 * through the {@link Builder} never holds the table twice.
 */
public final class Table implements PortValue {

    private final TableSpec spec;
    private final int rows;
    /** One id per row, or null when every row has its default id "Row" + index. */
    private final String[] rowIds;
    /** Per column a double[], long[], boolean[] or String[] of length at least rows. */
    private final Object[] data;
    private final BitSet[] missing;

    private Table(TableSpec spec, int rows, String[] rowIds, Object[] data, BitSet[] missing) {
        this.spec = spec;
        this.rows = rows;
        this.rowIds = rowIds;
        this.data = data;
        this.missing = missing;
    }

    /** A builder for a table with this spec. */
    public static Builder builder(TableSpec spec) {
        return new Builder(spec, 16);
    }

    /**
     * A builder for a table with this spec that expects about {@code rows} rows, so columns are allocated once at
     * their final size (hosts that know their row count should say so: no growing and trimming of big columns).
     */
    public static Builder builder(TableSpec spec, int rows) {
        return new Builder(spec, Math.max(0, rows));
    }

    /** A table of doubles, rows given as arrays, ids Row0, Row1, ... */
    public static Table ofRows(TableSpec spec, double[]... rows) {
        Builder b = builder(spec, rows.length);
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
        return rows;
    }

    public String rowId(int row) {
        Objects.checkIndex(row, rows);
        return rowIds == null ? Builder.defaultId(row) : rowIds[row];
    }

    public boolean isMissing(int column, int row) {
        Objects.checkIndex(row, rows);
        return missing[column].get(row);
    }

    /** The value of a numeric cell as a double (a missing cell gives NaN; check {@link #isMissing} first). */
    public double getDouble(int column, int row) {
        Objects.checkIndex(row, rows);
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
        Objects.checkIndex(row, rows);
        return ((long[]) data[column])[row];
    }

    public boolean getBoolean(int column, int row) {
        Objects.checkIndex(row, rows);
        return ((boolean[]) data[column])[row];
    }

    public String getString(int column, int row) {
        Objects.checkIndex(row, rows);
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
        if (!(o instanceof Table t) || !t.spec.equals(spec) || t.rows != rows) {
            return false;
        }
        for (int r = 0; r < rows; r++) {
            if (!rowId(r).equals(t.rowId(r))) {
                return false;
            }
        }
        for (int c = 0; c < spec.size(); c++) {
            if (!missing[c].equals(t.missing[c])) {
                return false;
            }
            for (int r = 0; r < rows; r++) {
                if (!Objects.equals(get(c, r), t.get(c, r))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = spec.hashCode() * 31 + rows;
        for (int r = 0; r < rows; r++) {
            h = h * 31 + rowId(r).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "Table" + spec + " with " + rows + " rows";
    }

    /**
     * Collects rows into one growing array per column; each {@link #addRow} takes one cell per column (null =
     * missing). Row ids are stored only once a row has an id other than its default "Row" + index.
     */
    public static final class Builder {
        private final TableSpec spec;
        private final Object[] columns;
        private final BitSet[] missing;
        private int rows;
        private int capacity;
        /** Null while every id so far is the default one. */
        private List<String> ids;
        private Set<String> seen;
        /** Set by build(): the arrays now belong to a table, so the next change copies them first. */
        private boolean shared;

        private Builder(TableSpec spec, int capacity) {
            this.spec = Objects.requireNonNull(spec);
            this.capacity = capacity;
            this.columns = new Object[spec.size()];
            this.missing = new BitSet[spec.size()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = switch (spec.column(c).type()) {
                    case DOUBLE -> new double[capacity];
                    case LONG -> new long[capacity];
                    case BOOLEAN -> new boolean[capacity];
                    case STRING -> new String[capacity];
                };
                missing[c] = new BitSet();
            }
        }

        static String defaultId(int row) {
            return "Row" + row;
        }

        /** Adds a row with the next default id "Row" + index (Row0, Row1, ...). */
        public Builder addCells(Object... cells) {
            return addRow(defaultId(rows), cells);
        }

        /**
         * @param cells Double (or any Number) for DOUBLE, Long/Integer for LONG, Boolean, String; null = missing
         */
        public Builder addRow(String rowId, Object... cells) {
            if (cells.length != spec.size()) {
                throw new IllegalArgumentException("Row '" + rowId + "' has " + cells.length + " cells but the table has "
                    + spec.size() + " columns.");
            }
            Objects.requireNonNull(rowId, "rowId");
            for (int c = 0; c < cells.length; c++) {
                check(c, cells[c], rowId);
            }
            addId(rowId);
            if (shared || rows == capacity) {
                resize(rows == capacity ? Math.max(16, capacity + (capacity >> 1)) : capacity);
            }
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v == null) {
                    missing[c].set(rows);
                    if (columns[c] instanceof double[] a) {
                        a[rows] = Double.NaN;
                    }
                    continue;
                }
                switch (spec.column(c).type()) {
                    case DOUBLE -> ((double[]) columns[c])[rows] = ((Number) v).doubleValue();
                    case LONG -> ((long[]) columns[c])[rows] = ((Number) v).longValue();
                    case BOOLEAN -> ((boolean[]) columns[c])[rows] = (Boolean) v;
                    case STRING -> ((String[]) columns[c])[rows] = (String) v;
                }
            }
            rows++;
            return this;
        }

        private void addId(String rowId) {
            if (ids == null && rowId.equals(defaultId(rows))) {
                return; // default ids are unique among themselves; nothing to store
            }
            if (ids == null) {
                ids = new ArrayList<>(Math.max(capacity, rows + 1));
                seen = new HashSet<>();
                for (int r = 0; r < rows; r++) {
                    ids.add(defaultId(r));
                    seen.add(defaultId(r));
                }
            }
            if (!seen.add(rowId)) {
                throw new IllegalArgumentException("Duplicate row id '" + rowId + "'.");
            }
            ids.add(rowId);
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

        /** Reallocates every column (and the missing flags) to the new capacity: copies, never shares. */
        private void resize(int newCapacity) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = copy(columns[c], newCapacity);
                missing[c] = (BitSet) missing[c].clone();
            }
            capacity = newCapacity;
            shared = false;
        }

        private static Object copy(Object column, int length) {
            if (column instanceof double[] a) {
                return Arrays.copyOf(a, length);
            }
            if (column instanceof long[] a) {
                return Arrays.copyOf(a, length);
            }
            if (column instanceof boolean[] a) {
                return Arrays.copyOf(a, length);
            }
            return Arrays.copyOf((String[]) column, length);
        }

        /** The table of the rows added so far; columns are trimmed to the row count unless their size was exact. */
        public Table build() {
            if (capacity != rows) {
                resize(rows);
            }
            shared = true;
            return new Table(spec, rows, ids == null ? null : ids.toArray(new String[0]), columns.clone(),
                missing.clone());
        }
    }
}
