package org.lnet.node.table;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Collects rows into one growing array per column. A row is either given whole ({@link #addRow}, one boxed cell
 * per column, null = missing) or filled in place: {@link #startRow}, then one {@link #cell(double)},
 * {@link #cell(String)} or {@link #missing()} per column in order, then {@link #endRow} (what hosts converting
 * big tables use: no boxing, no per-row array). Row ids are stored only once a row has an id other than its
 * numbered one ("Row" + index by default, see {@link #numberedIds}).
 */
public final class TableBuilder {
    private final TableSpec spec;
    private final Object[] columns;
    private final BitSet[] missing;
    private int rows;
    private int capacity;
    private final RowIds ids = new RowIds();
    /** Set by build(): the arrays now belong to a table, so the next change copies them first. */
    private boolean shared;
    /** Per column its double[] storage, or null for other types (refreshed when the columns are reallocated). */
    private final double[][] doubles;
    /** Whether a row is being filled by startRow ... endRow, its id (null = numbered) and its next column. */
    private boolean open;
    private String openId;
    private int cell;
    /**
     * The DOUBLE cells of the last in-place rows, row by row ({@code stageRows} x columns, at most 128 KB):
     * copied into the columns a column at a time, so filling a row writes one place, not one per column.
     */
    private double[] stage;
    private int stageRows;
    /** The first row held in the stage, and where the open row's cells go in it. */
    private int stageFrom;
    private int slot;

    TableBuilder(TableSpec spec, int capacity) {
        this.spec = Objects.requireNonNull(spec);
        this.capacity = capacity;
        this.columns = new Object[spec.size()];
        this.missing = new BitSet[spec.size()];
        this.doubles = new double[spec.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = switch (spec.column(c).type()) {
                case DOUBLE -> new double[capacity];
                case LONG -> new long[capacity];
                case BOOLEAN -> new boolean[capacity];
                case STRING -> new String[capacity];
            };
            missing[c] = new BitSet();
        }
        refreshViews();
    }

    /**
     * Rows without an id of their own are numbered {@code prefix + (index + first)} (default "Row", 0: Row0,
     * Row1, ...); such ids cost no memory. Only before the first row.
     */
    public TableBuilder numberedIds(String prefix, int first) {
        if (rows > 0 || open) {
            throw new IllegalStateException("row numbering is chosen before the first row");
        }
        ids.numbered(prefix, first);
        return this;
    }

    /** Adds a row with the next numbered id (Row0, Row1, ... by default). */
    public TableBuilder addCells(Object... cells) {
        return addRow(ids.numbered(rows), cells);
    }

    /** Starts a row with the next numbered id; see {@link #startRow(String)}. */
    public TableBuilder startRow() {
        return begin(null);
    }

    /**
     * Starts a row filled in place: one cell call per column in column order, then {@link #endRow}. A row left
     * unfinished (say after an error) is dropped by the next start, addRow or build.
     */
    public TableBuilder startRow(String rowId) {
        return begin(Objects.requireNonNull(rowId, "rowId"));
    }

    private TableBuilder begin(String rowId) {
        abandon();
        if (shared || rows == capacity) {
            resize(rows == capacity ? Math.max(16, capacity + (capacity >> 1)) : capacity);
        }
        if (stage == null) {
            stageRows = Math.max(1, Math.min(256, 16384 / Math.max(1, columns.length)));
            stage = new double[stageRows * columns.length];
            stageFrom = rows;
        }
        if (rows - stageFrom == stageRows) {
            flush();
        }
        slot = (rows - stageFrom) * columns.length;
        open = true;
        openId = rowId;
        cell = 0;
        return this;
    }

    /** The next cell of the open row, a number (the column must be DOUBLE). */
    public TableBuilder cell(double v) {
        if (next() == null) {
            throw wrongType("Double");
        }
        stage[slot + cell] = v;
        cell++;
        return this;
    }

    /** The next cell of the open row, a text (the column must be STRING). */
    public TableBuilder cell(String v) {
        next();
        if (spec.column(cell).type() != ColumnType.STRING) {
            throw wrongType("String");
        }
        ((String[]) columns[cell])[rows] = Objects.requireNonNull(v, "cell");
        cell++;
        return this;
    }

    /** The next cell of the open row is missing. */
    public TableBuilder missing() {
        next();
        missing[cell].set(rows);
        if (doubles[cell] != null) {
            stage[slot + cell] = Double.NaN;
        }
        cell++;
        return this;
    }

    /** The storage of the next column (null if not DOUBLE), after checking a row is open and has room. */
    private double[] next() {
        if (!open) {
            throw new IllegalStateException("no row started");
        }
        if (cell == columns.length) {
            String id = openRowId();
            abandon();
            throw new IllegalArgumentException("Row '" + id + "' has " + (columns.length + 1) + " cells but the "
                + "table has " + columns.length + " columns.");
        }
        return doubles[cell];
    }

    private IllegalArgumentException wrongType(String holds) {
        ColumnSpec col = spec.column(cell);
        String id = openRowId();
        abandon();
        return new IllegalArgumentException("Cell of column '" + col.name() + "', row '" + id + "' holds " + holds
            + " but the column is " + col.type() + ".");
    }

    private String openRowId() {
        return openId == null ? ids.numbered(rows) : openId;
    }

    /** Ends the open row: it must have one cell per column, and its id must be new. */
    public TableBuilder endRow() {
        if (!open) {
            throw new IllegalStateException("no row started");
        }
        String id = openId;
        try {
            if (cell != columns.length) {
                throw new IllegalArgumentException("Row '" + openRowId() + "' has " + cell + " cells but the table "
                    + "has " + columns.length + " columns.");
            }
            ids.add(id, rows, capacity);
        } catch (IllegalArgumentException e) {
            abandon();
            throw e;
        }
        open = false;
        rows++;
        return this;
    }

    /** Drops a row left open: clears the missing flags it may have set. */
    private void abandon() {
        if (open) {
            for (BitSet m : missing) {
                m.clear(rows);
            }
            open = false;
        }
    }

    /**
     * @param cells Double (or any Number) for DOUBLE, Long/Integer for LONG, Boolean, String; null = missing
     */
    public TableBuilder addRow(String rowId, Object... cells) {
        if (cells.length != spec.size()) {
            throw new IllegalArgumentException("Row '" + rowId + "' has " + cells.length + " cells but the table has "
                + spec.size() + " columns.");
        }
        Objects.requireNonNull(rowId, "rowId");
        abandon();
        for (int c = 0; c < cells.length; c++) {
            check(c, cells[c], rowId);
        }
        flush();
        ids.add(rowId, rows, capacity);
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
        stageFrom = rows; // rows added whole are in their columns already
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

    /** Reallocates every column (and the missing flags) to the new capacity: copies, never shares. */
    private void resize(int newCapacity) {
        flush();
        for (int c = 0; c < columns.length; c++) {
            columns[c] = copy(columns[c], newCapacity);
            missing[c] = (BitSet) missing[c].clone();
        }
        capacity = newCapacity;
        shared = false;
        refreshViews();
    }

    /** Moves the staged rows [stageFrom, rows) into their DOUBLE columns. */
    private void flush() {
        if (stage == null) {
            return;
        }
        int w = columns.length;
        for (int c = 0; c < w; c++) {
            double[] a = doubles[c];
            if (a != null) {
                for (int r = stageFrom, k = c; r < rows; r++, k += w) {
                    a[r] = stage[k];
                }
            }
        }
        stageFrom = rows;
    }

    private void refreshViews() {
        for (int c = 0; c < columns.length; c++) {
            doubles[c] = columns[c] instanceof double[] a ? a : null;
        }
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
        abandon();
        flush();
        if (capacity != rows) {
            resize(rows);
        }
        shared = true;
        return new Table(spec, rows, ids.stored(), ids.prefix(), ids.first(),
            columns.clone(), missing.clone());
    }
}
