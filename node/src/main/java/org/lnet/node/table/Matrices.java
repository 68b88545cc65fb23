package org.lnet.node.table;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;

/** Between neutral tables and the engine's matrices, with errors that name the column and row. */
public final class Matrices {

    /** Rows between cancellation checks while copying a table. */
    private static final int CHECK_EVERY = 4096;
    /**
     * Rows moved from the columns to row order at a time: one contiguous run per column into a block small enough
     * for the L2 cache, rather than one cell from each of D + m columns per row (as many memory streams as columns).
     */
    private static final int GATHER = 256;

    private Matrices() {
    }

    /**
     * The named columns as a rows x columns matrix (for small tables: U, V, Θ0; data go through {@link #decompose}).
     *
     * @param role how messages name the columns ("input", "target", "U", ...)
     * @param setting the setting a message points to
     * @throws InvalidInputException for an empty table, a missing cell or a non-finite value, naming column and row
     */
    public static DMatrixRMaj matrix(Table table, List<String> columns, String role, String setting, Progress progress) {
        Cells cells = new Cells(table, columns, role, setting);
        DMatrixRMaj m = new DMatrixRMaj(table.rows(), columns.size());
        for (int start = 0; start < table.rows(); start += CHECK_EVERY) {
            progress.checkCanceled();
            int end = Math.min(table.rows(), start + CHECK_EVERY);
            cells.check(start, end);
            cells.gather(start, end, m.data, start * columns.size());
        }
        return m;
    }

    /**
     * The data decomposition of X (the input columns) and Y (the target columns), streamed row by row into the
     * engine's {@link DataAccumulator}: no n x D copy of the table is made, so the memory a node
     * needs beyond its input table is O((D + m)^2) whatever the number of rows. Cells are checked as by
     * {@link #matrix}, with the same messages, in row order.
     *
     * @param targets the target columns, or null for Y = 0 with {@code zeroTargets} columns (initializations that
     *                need only the row space of X)
     * @param rcond relative rank cut-off; 0 = the LAPACK-style default max(n, D) * eps
     */
    public static DataDecomposition decompose(Table table, List<String> inputs, String inputSetting,
                                              List<String> targets, String targetSetting, int zeroTargets,
                                              double rcond, Progress progress) {
        if (table.source() != null) {
            return streamed(table, inputs, inputSetting, targets, targetSetting, zeroTargets, rcond, progress);
        }
        Cells x = new Cells(table, inputs, "input", inputSetting);
        Cells y = targets == null ? null : new Cells(table, targets, "target", targetSetting);
        double[] xr = new double[inputs.size()];
        double[] yr = new double[targets == null ? zeroTargets : targets.size()];
        double[] xb = new double[GATHER * xr.length];
        double[] yb = new double[GATHER * yr.length];
        DataAccumulator acc = new DataAccumulator(xr.length, yr.length);
        // a block of rows is checked column by column first, then gathered row by row unchecked: the errors (the
        // first bad cell in row order, inputs before targets) are those of reading cell by cell
        for (int start = 0; start < table.rows(); start += CHECK_EVERY) {
            progress.checkCanceled();
            int end = Math.min(table.rows(), start + CHECK_EVERY);
            int bad = Math.min(x.firstBadRow(start, end), y == null ? end : y.firstBadRow(start, end));
            if (bad < end) {
                x.check(bad, bad + 1);
                y.check(bad, bad + 1); // reached only when the bad row is the targets', so y is not null
            }
            for (int from = start; from < end; from += GATHER) {
                int to = Math.min(end, from + GATHER);
                x.gather(from, to, xb);
                if (y != null) {
                    y.gather(from, to, yb);
                }
                for (int r = 0; r < to - from; r++) {
                    System.arraycopy(xb, r * xr.length, xr, 0, xr.length);
                    System.arraycopy(yb, r * yr.length, yr, 0, yr.length);
                    acc.add(xr, yr);
                }
            }
        }
        progress.checkCanceled();
        return rcond == 0 ? acc.finish() : acc.finish(rcond);
    }

    /**
     * {@link #decompose} of a host's table seen through a {@link Table#view}: the selected cells go from the host's rows
     * straight into the accumulator, each row checked as it comes, with the messages and the row order of the copied
     * table's path (the first bad cell in row order, inputs before targets, missing before non-finite).
     */
    private static DataDecomposition streamed(Table table, List<String> inputs, String inputSetting,
                                              List<String> targets, String targetSetting, int zeroTargets,
                                              double rcond, Progress progress) {
        int[] xi = numericIndices(table, inputs, "input", inputSetting);
        int[] yi = targets == null ? new int[0] : numericIndices(table, targets, "target", targetSetting);
        int[] all = java.util.stream.IntStream.concat(java.util.Arrays.stream(xi), java.util.Arrays.stream(yi))
            .toArray();
        double[] xr = new double[xi.length];
        double[] yr = new double[targets == null ? zeroTargets : yi.length];
        DataAccumulator acc = new DataAccumulator(xr.length, yr.length);
        table.source().read(all, (index, values, missing, id) -> {
            if (index % CHECK_EVERY == 0) {
                progress.checkCanceled();
            }
            for (int j = 0; j < all.length; j++) {
                if (missing[j] || !Double.isFinite(values[j])) {
                    boolean input = j < xi.length;
                    String setting = input ? inputSetting : targetSetting;
                    String role = input ? "input" : "target";
                    String column = input ? inputs.get(j) : targets.get(j - xi.length);
                    throw missing[j] ? missingCell(setting, role, column, all[j], id.get(), index)
                        : nonFiniteCell(setting, role, column, all[j], id.get(), index, values[j]);
                }
            }
            if (targets != null) {
                acc.add(values);
            } else {
                System.arraycopy(values, 0, xr, 0, xi.length);
                acc.add(xr, yr);
            }
        });
        progress.checkCanceled();
        return rcond == 0 ? acc.finish() : acc.finish(rcond);
    }

    /** The indices of these columns, refusing a table without rows or a column that is not numeric. */
    private static int[] numericIndices(Table table, List<String> columns, String role, String setting) {
        if (table.rows() == 0) {
            throw noRows(role, setting);
        }
        int[] idx = new int[columns.size()];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = table.spec().indexOf(columns.get(j));
            if (idx[j] < 0 || !table.spec().column(idx[j]).type().isNumeric()) {
                throw new InvalidInputException(setting, "Column '" + columns.get(j) + "' (" + role
                    + ") is not a numeric column of the table.");
            }
        }
        return idx;
    }

    /**
     * The error for a table without rows, for hosts that find out before the table is read (e.g. Weka, whose CSV
     * loader gives a header-only file no numeric attributes).
     *
     * @param role "input" or "target"
     * @param setting the key of the column setting of that table
     */
    public static InvalidInputException noRows(String role, String setting) {
        return new InvalidInputException(setting, "The " + role + " table has no rows: the node needs at least one row "
            + "of data.");
    }

    /**
     * Numeric reads of some columns of a table: blocks of rows checked first ({@link #check}, messages naming the
     * column and row), then rows gathered without checks. DOUBLE columns are read straight from their storage.
     */
    private static final class Cells {
        private final Table table;
        private final List<String> columns;
        private final String role;
        private final String setting;
        private final int[] idx;
        /** Per selected column its double[] storage, or null for a LONG column (read through the table). */
        private final double[][] doubles;

        Cells(Table table, List<String> columns, String role, String setting) {
            this.table = table;
            this.columns = columns;
            this.role = role;
            this.setting = setting;
            this.idx = numericIndices(table, columns, role, setting);
            this.doubles = new double[idx.length][];
            for (int j = 0; j < idx.length; j++) {
                doubles[j] = table.doubleColumn(idx[j]);
            }
        }

        /** The first row in [from, to) with a missing or non-finite cell in these columns, else {@code to}. */
        int firstBadRow(int from, int to) {
            int bad = to;
            for (int j = 0; j < idx.length; j++) {
                int miss = table.missingFlags(idx[j]).nextSetBit(from);
                if (miss >= 0 && miss < bad) {
                    bad = miss;
                }
                double[] a = doubles[j];
                if (a != null) {
                    for (int r = from; r < bad; r++) {
                        if (!Double.isFinite(a[r])) {
                            bad = r;
                            break;
                        }
                    }
                }
            }
            return bad;
        }

        /** Throws, in row order, the error of the first missing or non-finite cell of rows [from, to). */
        void check(int from, int to) {
            int bad = firstBadRow(from, to);
            if (bad == to) {
                return;
            }
            for (int j = 0; j < idx.length; j++) {
                if (table.isMissing(idx[j], bad)) {
                    throw missingCell(setting, role, columns.get(j), idx[j], table.rowId(bad), bad);
                }
                double v = table.getDouble(idx[j], bad);
                if (!Double.isFinite(v)) {
                    throw nonFiniteCell(setting, role, columns.get(j), idx[j], table.rowId(bad), bad, v);
                }
            }
        }

        /** Rows [from, to) of these columns into {@code out} row by row, unchecked (they were checked). */
        void gather(int from, int to, double[] out) {
            gather(from, to, out, 0);
        }

        void gather(int from, int to, double[] out, int offset) {
            int w = idx.length;
            for (int j = 0; j < w; j++) {
                double[] a = doubles[j];
                if (a != null) {
                    for (int r = from, k = offset + j; r < to; r++, k += w) {
                        out[k] = a[r];
                    }
                } else {
                    for (int r = from, k = offset + j; r < to; r++, k += w) {
                        out[k] = table.getDouble(idx[j], r);
                    }
                }
            }
        }
    }

    /**
     * The error for a missing cell of a numeric column, as every host reports it (hosts that read rows themselves,
     * such as a cluster job, throw this one too). A CELL error about the column setting, with the row and column
     * indices when known (-1 otherwise).
     *
     * @param role how the message names the column ("input", "target", ...)
     */
    public static InvalidInputException missingCell(String setting, String role, String column, long columnIndex,
                                                    String rowId, long rowIndex) {
        return cell(setting, role, column, columnIndex, rowId, rowIndex, "Missing value in ",
            "remove or impute missing values before this node");
    }

    /** {@link #missingCell(String, String, String, long, String, long)} without indices. */
    public static InvalidInputException missingCell(String setting, String role, String column, String rowId) {
        return missingCell(setting, role, column, -1, rowId, -1);
    }

    /** The error for a NaN or infinite cell of a numeric column, as every host reports it. */
    public static InvalidInputException nonFiniteCell(String setting, String role, String column, long columnIndex,
                                                      String rowId, long rowIndex, double value) {
        return cell(setting, role, column, columnIndex, rowId, rowIndex, "Non-finite value " + value + " in ",
            "remove or replace NaN and infinite values before this node");
    }

    /** {@link #nonFiniteCell(String, String, String, long, String, long, double)} without indices. */
    public static InvalidInputException nonFiniteCell(String setting, String role, String column, String rowId,
                                                      double value) {
        return nonFiniteCell(setting, role, column, -1, rowId, -1, value);
    }

    private static InvalidInputException cell(String setting, String role, String column, long columnIndex,
                                              String rowId, long rowIndex, String lead, String remedy) {
        return new InvalidInputException(InvalidInputException.Kind.CELL, setting,
            rowIndex < 0 ? new long[0] : new long[] {rowIndex}, columnIndex,
            role + " column '" + column + "', row '" + rowId + "'", lead, "", remedy);
    }

    /** All numeric columns of a table, in order (the layout of U, V and Theta tables). */
    public static List<String> numericColumns(Table table, String role, String setting) {
        List<String> names = table.spec().numericNames();
        if (names.isEmpty()) {
            throw new InvalidInputException(setting, "The " + role + " table has no numeric columns.");
        }
        return names;
    }

    /**
     * A table of doubles from a matrix.
     *
     * @param rowIds one id per matrix row, or null for Row0, Row1, ...
     */
    public static Table table(DMatrixRMaj m, List<String> columns, List<String> rowIds) {
        TableSpec spec = TableSpec.reals(columns);
        TableBuilder b = Table.builder(spec, m.numRows);
        for (int r = 0; r < m.numRows; r++) {
            if (rowIds == null) {
                b.startRow();
            } else {
                b.startRow(rowIds.get(r));
            }
            for (int j = 0; j < m.numCols; j++) {
                b.cell(m.unsafe_get(r, j));
            }
            b.endRow();
        }
        return b.build();
    }

    /** A table's columns followed by another table's (same row count; ids from the first). */
    public static Table append(Table left, Table right) {
        if (left.rows() != right.rows()) {
            throw new IllegalArgumentException("row counts differ: " + left.rows() + " vs " + right.rows());
        }
        TableSpec spec = left.spec().append(right.spec());
        TableBuilder b = Table.builder(spec, left.rows());
        Object[] cells = new Object[spec.size()];
        for (int r = 0; r < left.rows(); r++) {
            for (int c = 0; c < left.spec().size(); c++) {
                cells[c] = left.get(c, r);
            }
            for (int c = 0; c < right.spec().size(); c++) {
                cells[left.spec().size() + c] = right.get(c, r);
            }
            b.addRow(left.rowId(r), cells);
        }
        return b.build();
    }
}
