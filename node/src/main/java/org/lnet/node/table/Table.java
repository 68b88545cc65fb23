package org.lnet.node.table;

import java.util.BitSet;
import java.util.Objects;
import org.lnet.node.PortValue;

/**
 * The neutral table every node reads and writes: a {@link TableSpec}, one id per row and typed columns. A cell is
 * either a value or MISSING, and MISSING is distinct from a NaN value, so messages can tell "missing value in column
 * 'x3', row 'Row7'" from "NaN in column 'x3', row 'Row7'". Immutable once built.
 *
 * <p>Storage is one primitive array per column (8 bytes per numeric cell), and the default row ids Row0, Row1, ...
 * are not stored at all (nor are other numbered ids, such as Weka's 1, 2, ...), so a million-row table costs its
 * numbers and little else; a host converting its rows through the {@link TableBuilder} never holds the table twice, and
 * one that fills it cell by cell ({@link TableBuilder#startRow}) boxes nothing.
 *
 * <p>A host can also hand its own table over as a {@link #view}: {@link Matrices#decompose} then streams the selected
 * columns straight from the host's rows into the engine, with no copy, and any other read makes the copy once.
 */
public final class Table implements PortValue {

    private final TableSpec spec;
    private final int rows;
    /** One id per row, or null when every row has its numbered id {@code idPrefix + (index + idFirst)}. */
    private final String[] rowIds;
    private final String idPrefix;
    private final int idFirst;
    /** Per column a double[], long[], boolean[] or String[] of length at least rows. */
    private final Object[] data;
    private final BitSet[] missing;
    /** For a view: the host's table, and the copy made from it on the first read that is not a stream. */
    private final TableSource source;
    private volatile Table copy;

    Table(TableSpec spec, int rows, String[] rowIds, String idPrefix, int idFirst, Object[] data,
                  BitSet[] missing) {
        this.spec = spec;
        this.rows = rows;
        this.rowIds = rowIds;
        this.idPrefix = idPrefix;
        this.idFirst = idFirst;
        this.data = data;
        this.missing = missing;
        this.source = null;
    }

    private Table(TableSpec spec, int rows, TableSource source) {
        this.spec = spec;
        this.rows = rows;
        this.rowIds = null;
        this.idPrefix = null;
        this.idFirst = 0;
        this.data = null;
        this.missing = null;
        this.source = Objects.requireNonNull(source);
    }

    /** A view of a host's table of this spec and row count, read through the source. */
    public static Table view(TableSpec spec, int rows, TableSource source) {
        return new Table(spec, rows, source);
    }

    /** The source of a view, or null for a table of its own. */
    TableSource source() {
        return source;
    }

    /** This table, or for a view its copy (made once). */
    private Table own() {
        if (source == null) {
            return this;
        }
        Table c = copy;
        if (c == null) {
            synchronized (this) {
                c = copy;
                if (c == null) {
                    c = source.copy();
                    if (!c.spec.equals(spec) || c.rows != rows) {
                        throw new IllegalStateException("a view's copy has another shape: " + c + " for " + this);
                    }
                    copy = c;
                }
            }
        }
        return c;
    }

    /** A builder for a table with this spec. */
    public static TableBuilder builder(TableSpec spec) {
        return new TableBuilder(spec, 16);
    }

    /**
     * A builder for a table with this spec that expects about {@code rows} rows, so columns are allocated once at
     * their final size (hosts that know their row count should say so: no growing and trimming of big columns).
     */
    public static TableBuilder builder(TableSpec spec, int rows) {
        return new TableBuilder(spec, Math.max(0, rows));
    }

    /** A table of doubles, rows given as arrays, ids Row0, Row1, ... */
    public static Table ofRows(TableSpec spec, double[]... rows) {
        TableBuilder b = builder(spec, rows.length);
        for (double[] row : rows) {
            b.startRow();
            for (double v : row) {
                b.cell(v);
            }
            b.endRow();
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
        if (source != null) {
            return own().rowId(row);
        }
        Objects.checkIndex(row, rows);
        return rowIds == null ? idPrefix + (row + idFirst) : rowIds[row];
    }

    /** The storage of a DOUBLE column (length at least rows; missing cells hold NaN), else null: for bulk reads. */
    double[] doubleColumn(int column) {
        if (source != null) {
            return own().doubleColumn(column);
        }
        return data[column] instanceof double[] a ? a : null;
    }

    /** The missing flags of a column (read only). */
    BitSet missingFlags(int column) {
        if (source != null) {
            return own().missingFlags(column);
        }
        return missing[column];
    }

    public boolean isMissing(int column, int row) {
        if (source != null) {
            return own().isMissing(column, row);
        }
        Objects.checkIndex(row, rows);
        return missing[column].get(row);
    }

    /** The value of a numeric cell as a double (a missing cell gives NaN; check {@link #isMissing} first). */
    public double getDouble(int column, int row) {
        if (source != null) {
            return own().getDouble(column, row);
        }
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
        if (source != null) {
            return own().getLong(column, row);
        }
        Objects.checkIndex(row, rows);
        return ((long[]) data[column])[row];
    }

    public boolean getBoolean(int column, int row) {
        if (source != null) {
            return own().getBoolean(column, row);
        }
        Objects.checkIndex(row, rows);
        return ((boolean[]) data[column])[row];
    }

    public String getString(int column, int row) {
        if (source != null) {
            return own().getString(column, row);
        }
        Objects.checkIndex(row, rows);
        return ((String[]) data[column])[row];
    }

    /** A cell as an object: Double, Long, Boolean, String, or null when missing. */
    public Object get(int column, int row) {
        if (source != null) {
            return own().get(column, row);
        }
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
        if (!(o instanceof Table other)) {
            return false;
        }
        if (source != null) {
            return own().equals(other);
        }
        Table t = other.own();
        if (!t.spec.equals(spec) || t.rows != rows) {
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
}
