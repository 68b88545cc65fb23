package org.lnet.knime.base;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.lnet.engine.CancelledException;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSource;
import org.lnet.node.table.TableSpec;

/**
 * KNIME tables to neutral tables and back. Columns whose type is compatible with DoubleValue (double, int, long,
 * boolean cells) become DOUBLE; all others become STRING (their cells' text), so the node layer can name them when
 * they are selected by mistake. A missing cell stays MISSING; a DoubleCell holding NaN stays NaN.
 */
public final class KnimeTables {

    private static final int CHECK_EVERY = 1024;

    private KnimeTables() {
    }

    public static TableSpec toSpec(DataTableSpec spec) {
        List<ColumnSpec> cols = new ArrayList<>(spec.getNumColumns());
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec c = spec.getColumnSpec(i);
            cols.add(new ColumnSpec(c.getName(),
                c.getType().isCompatible(DoubleValue.class) ? ColumnType.DOUBLE : ColumnType.STRING));
        }
        return new TableSpec(cols);
    }

    /**
     * The table as the node layer sees it: a {@link Table#view}, so that a node streaming it into the engine reads
     * the selected columns straight from KNIME's rows, and the copy ({@link #copy}) is made only if a node reads it
     * otherwise.
     */
    public static Table toTable(BufferedDataTable table, ExecutionMonitor exec) {
        TableSpec spec = toSpec(table.getDataTableSpec());
        return Table.view(spec, (int) Math.min(Integer.MAX_VALUE, table.size()), new TableSource() {
            @Override
            public Table copy() {
                try {
                    return KnimeTables.copy(table, spec, exec);
                } catch (CanceledExecutionException e) {
                    throw new CancelledException();
                }
            }

            @Override
            public void read(int[] columns, TableSource.RowReader reader) {
                double[] values = new double[columns.length];
                boolean[] missing = new boolean[columns.length];
                DataRow[] current = new DataRow[1];
                java.util.function.Supplier<String> id = () -> current[0].getKey().getString();
                int index = 0;
                try (CloseableRowIterator it = table.iterator()) {
                    while (it.hasNext()) {
                        DataRow r = it.next();
                        for (int j = 0; j < columns.length; j++) {
                            DataCell cell = r.getCell(columns[j]);
                            missing[j] = cell.isMissing();
                            values[j] = missing[j] ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
                        }
                        current[0] = r;
                        reader.row(index++, values, missing, id);
                    }
                }
            }
        });
    }

    /** Every cell of the table, copied into a neutral table. */
    private static Table copy(BufferedDataTable table, TableSpec spec, ExecutionMonitor exec)
        throws CanceledExecutionException {
        // the row count is known: columns are allocated once at their final size
        TableBuilder b = Table.builder(spec, (int) Math.min(Integer.MAX_VALUE, table.size()));
        boolean[] numeric = new boolean[spec.size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = spec.column(c).type() == ColumnType.DOUBLE;
        }
        long row = 0;
        // one pass over KNIME's rows, each cell written straight into its column: nothing boxed, no row copied
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow r = it.next();
                b.startRow(r.getKey().getString());
                for (int c = 0; c < numeric.length; c++) {
                    DataCell cell = r.getCell(c);
                    if (cell.isMissing()) {
                        b.missing();
                    } else if (numeric[c]) {
                        b.cell(((DoubleValue) cell).getDoubleValue());
                    } else {
                        b.cell(cell.toString());
                    }
                }
                b.endRow();
                if (++row % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
            }
        }
        return b.build();
    }

    public static DataTableSpec toKnime(TableSpec spec) {
        DataColumnSpec[] cols = new DataColumnSpec[spec.size()];
        for (int i = 0; i < cols.length; i++) {
            ColumnSpec c = spec.column(i);
            cols[i] = new DataColumnSpecCreator(c.name(), type(c.type())).createSpec();
        }
        return new DataTableSpec(cols);
    }

    private static DataType type(ColumnType t) {
        return switch (t) {
            case DOUBLE -> DoubleCell.TYPE;
            case LONG -> LongCell.TYPE;
            case BOOLEAN -> BooleanCell.TYPE;
            case STRING -> StringCell.TYPE;
        };
    }

    private static DataCell cell(Table t, int column, int row) {
        if (t.isMissing(column, row)) {
            return DataType.getMissingCell();
        }
        return switch (t.spec().column(column).type()) {
            case DOUBLE -> new DoubleCell(t.getDouble(column, row));
            case LONG -> new LongCell(t.getLong(column, row));
            case BOOLEAN -> t.getBoolean(column, row) ? BooleanCell.TRUE : BooleanCell.FALSE;
            case STRING -> new StringCell(t.getString(column, row));
        };
    }

    public static BufferedDataTable toKnime(Table t, ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer out = exec.createDataContainer(toKnime(t.spec()));
        for (int r = 0; r < t.rows(); r++) {
            DataCell[] cells = new DataCell[t.spec().size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(t, c, r);
            }
            out.addRowToTable(new DefaultRow(t.rowId(r), cells));
            if (r % CHECK_EVERY == 0) {
                exec.checkCanceled();
            }
        }
        out.close();
        return out.getTable();
    }

    /** The input table's rows, untouched, followed by the new columns of {@code extra} (same rows, same ids). */
    public static BufferedDataTable append(BufferedDataTable input, Table extra, ExecutionContext exec)
        throws CanceledExecutionException {
        DataTableSpec spec = new DataTableSpec(input.getDataTableSpec(), toKnime(extra.spec()));
        BufferedDataContainer out = exec.createDataContainer(spec);
        int n = input.getDataTableSpec().getNumColumns();
        int r = 0;
        try (CloseableRowIterator it = input.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                if (!row.getKey().getString().equals(extra.rowId(r))) {
                    throw new IllegalStateException("row " + r + " is " + row.getKey().getString() + " in the input "
                        + "but " + extra.rowId(r) + " in the appended columns");
                }
                DataCell[] cells = new DataCell[n + extra.spec().size()];
                for (int c = 0; c < n; c++) {
                    cells[c] = row.getCell(c);
                }
                for (int c = 0; c < extra.spec().size(); c++) {
                    cells[n + c] = cell(extra, c, r);
                }
                out.addRowToTable(new DefaultRow(row.getKey(), cells));
                if (++r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
            }
        }
        out.close();
        return out.getTable();
    }
}
