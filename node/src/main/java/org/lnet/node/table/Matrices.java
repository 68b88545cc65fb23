package org.lnet.node.table;

import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;

/** Between neutral tables and the engine's matrices, with errors that name the column and row. */
public final class Matrices {

    /** Rows between cancellation checks while copying a table. */
    private static final int CHECK_EVERY = 4096;

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
        double[] row = new double[columns.size()];
        for (int r = 0; r < table.rows(); r++) {
            if (r % CHECK_EVERY == 0) {
                progress.checkCanceled();
            }
            cells.read(r, row);
            System.arraycopy(row, 0, m.data, r * row.length, row.length);
        }
        return m;
    }

    /**
     * The data decomposition of X (the input columns) and Y (the target columns), streamed row by row into the
     * engine's {@link DataDecomposition.Accumulator}: no n x D copy of the table is made, so the memory a node
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
        Cells x = new Cells(table, inputs, "input", inputSetting);
        Cells y = targets == null ? null : new Cells(table, targets, "target", targetSetting);
        double[] xr = new double[inputs.size()];
        double[] yr = new double[targets == null ? zeroTargets : targets.size()];
        DataDecomposition.Accumulator acc = new DataDecomposition.Accumulator(xr.length, yr.length);
        for (int r = 0; r < table.rows(); r++) {
            if (r % CHECK_EVERY == 0) {
                progress.checkCanceled();
            }
            x.read(r, xr);
            if (y != null) {
                y.read(r, yr);
            }
            acc.add(xr, yr);
        }
        progress.checkCanceled();
        return rcond == 0 ? acc.finish() : acc.finish(rcond);
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

    /** Checked numeric reads of some columns of a table, with messages naming the column and row. */
    private static final class Cells {
        private final Table table;
        private final List<String> columns;
        private final String role;
        private final String setting;
        private final int[] idx;

        Cells(Table table, List<String> columns, String role, String setting) {
            if (table.rows() == 0) {
                throw noRows(role, setting);
            }
            TableSpec spec = table.spec();
            this.table = table;
            this.columns = columns;
            this.role = role;
            this.setting = setting;
            this.idx = new int[columns.size()];
            for (int j = 0; j < idx.length; j++) {
                idx[j] = spec.indexOf(columns.get(j));
                if (idx[j] < 0 || !spec.column(idx[j]).type().isNumeric()) {
                    throw new InvalidInputException(setting, "Column '" + columns.get(j) + "' (" + role
                        + ") is not a numeric column of the table.");
                }
            }
        }

        void read(int r, double[] out) {
            for (int j = 0; j < idx.length; j++) {
                if (table.isMissing(idx[j], r)) {
                    throw missingCell(setting, role, columns.get(j), table.rowId(r));
                }
                double v = table.getDouble(idx[j], r);
                if (!Double.isFinite(v)) {
                    throw nonFiniteCell(setting, role, columns.get(j), table.rowId(r), v);
                }
                out[j] = v;
            }
        }
    }

    /**
     * The error for a missing cell of a numeric column, as every host reports it (hosts that read rows themselves,
     * such as a cluster job, throw this one too).
     *
     * @param role how the message names the column ("input", "target", ...)
     */
    public static InvalidInputException missingCell(String setting, String role, String column, String rowId) {
        return new InvalidInputException(setting, "Missing value in " + role + " column '" + column + "', row '" + rowId
            + "': remove or impute missing values before this node.");
    }

    /** The error for a NaN or infinite cell of a numeric column, as every host reports it. */
    public static InvalidInputException nonFiniteCell(String setting, String role, String column, String rowId,
                                                      double value) {
        return new InvalidInputException(setting, String.format(Locale.ROOT, "Non-finite value %s in %s column '%s', "
            + "row '%s': remove or replace NaN and infinite values before this node.", value, role, column, rowId));
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
        Table.Builder b = Table.builder(spec, m.numRows);
        Object[] cells = new Object[m.numCols];
        for (int r = 0; r < m.numRows; r++) {
            for (int j = 0; j < m.numCols; j++) {
                cells[j] = m.unsafe_get(r, j);
            }
            if (rowIds == null) {
                b.addCells(cells);
            } else {
                b.addRow(rowIds.get(r), cells);
            }
        }
        return b.build();
    }

    /** A table's columns followed by another table's (same row count; ids from the first). */
    public static Table append(Table left, Table right) {
        if (left.rows() != right.rows()) {
            throw new IllegalArgumentException("row counts differ: " + left.rows() + " vs " + right.rows());
        }
        TableSpec spec = left.spec().append(right.spec());
        Table.Builder b = Table.builder(spec, left.rows());
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
