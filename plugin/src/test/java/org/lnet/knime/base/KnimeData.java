package org.lnet.knime.base;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** KNIME input tables for the adapter tests, built with KNIME's own classes (never with the adapter under test). */
final class KnimeData {
    private KnimeData() {
    }

    static DataColumnSpec column(String name, DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /** A table of double columns named {@code names}; a null value is a missing cell. */
    static BufferedDataTable doubles(ExecutionContext exec, String[] names, Double[][] rows) {
        DataColumnSpec[] cols = new DataColumnSpec[names.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = column(names[i], DoubleCell.TYPE);
        }
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(cols));
        for (int r = 0; r < rows.length; r++) {
            DataCell[] cells = new DataCell[names.length];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = rows[r][j] == null ? DataType.getMissingCell() : new DoubleCell(rows[r][j]);
            }
            c.addRowToTable(new DefaultRow("Row" + r, cells));
        }
        c.close();
        return c.getTable();
    }

    /** y = 2·x1 − x2 + 0.5·x3 + a small deterministic wiggle, n rows. */
    static BufferedDataTable regression(ExecutionContext exec, int n) {
        Double[][] rows = new Double[n][];
        for (int r = 0; r < n; r++) {
            double x1 = Math.sin(r + 1.0);
            double x2 = Math.cos(2.0 * r + 0.5);
            double x3 = (r % 7) / 7.0 - 0.4;
            rows[r] = new Double[] {x1, x2, x3, 2 * x1 - x2 + 0.5 * x3 + 0.01 * Math.sin(13.0 * r)};
        }
        return doubles(exec, new String[] {"x1", "x2", "x3", "y"}, rows);
    }
}
