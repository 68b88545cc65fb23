package org.lnet.knime.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
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
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * {@link KnimeTables} over KNIME's data classes (test-scope, behaving as KNIME's): which KNIME column types the node
 * layer sees as numbers, how cells, missing cells, NaN and row keys cross in both directions, that the tables it
 * writes pass KNIME's container checks (cell count, cell type per column, unique row IDs), that it closes every
 * iterator it opens, and that a cancel stops a long read.
 */
class KnimeTablesTest {

    private final ExecutionContext exec = new ExecutionContext();

    @AfterEach
    void everyIteratorIsClosed() {
        assertEquals(0, BufferedDataTable.openIterators(), "an iterator was left open");
    }

    private static BufferedDataTable mixed(ExecutionContext exec) {
        DataTableSpec spec = new DataTableSpec(KnimeData.column("d", DoubleCell.TYPE),
            KnimeData.column("l", LongCell.TYPE), KnimeData.column("b", BooleanCell.TYPE),
            KnimeData.column("s", StringCell.TYPE));
        BufferedDataContainer c = exec.createDataContainer(spec);
        c.addRowToTable(new DefaultRow("first", new DoubleCell(1.5), new LongCell(7), BooleanCell.TRUE,
            new StringCell("a b")));
        c.addRowToTable(new DefaultRow("Row 2", new DoubleCell(Double.NaN), DataType.getMissingCell(),
            BooleanCell.FALSE, DataType.getMissingCell()));
        c.close();
        return c.getTable();
    }

    @Test
    void columnsKnimeCanReadAsDoublesAreNumbersAllOthersText() {
        TableSpec spec = KnimeTables.toSpec(mixed(exec).getDataTableSpec());
        // KNIME's LongCell and BooleanCell are DoubleValues (1.0/0.0 for booleans); StringCell is not
        assertEquals(List.of(new ColumnSpec("d", ColumnType.DOUBLE), new ColumnSpec("l", ColumnType.DOUBLE),
            new ColumnSpec("b", ColumnType.DOUBLE), new ColumnSpec("s", ColumnType.STRING)), spec.columns());
    }

    @Test
    void cellsRowKeysMissingCellsAndNaNCrossUnchanged() throws CanceledExecutionException {
        Table t = KnimeTables.toTable(mixed(exec), exec);
        assertEquals(2, t.rows());
        assertEquals(List.of("first", "Row 2"), List.of(t.rowId(0), t.rowId(1)));
        assertEquals(1.5, t.getDouble(0, 0));
        assertEquals(7.0, t.getDouble(1, 0));
        assertEquals(1.0, t.getDouble(2, 0));
        assertEquals(0.0, t.getDouble(2, 1));
        assertEquals("a b", t.getString(3, 0));
        // NaN is a value, not a missing cell: the node layer refuses it by name, as it refuses missing cells
        assertFalse(t.isMissing(0, 1));
        assertTrue(Double.isNaN(t.getDouble(0, 1)));
        assertTrue(t.isMissing(1, 1));
        assertTrue(t.isMissing(3, 1));
        assertFalse(t.isMissing(1, 0));
    }

    @Test
    void neutralTablesBecomeTablesKnimeAccepts() throws CanceledExecutionException {
        TableSpec spec = TableSpec.of(new ColumnSpec("d", ColumnType.DOUBLE), new ColumnSpec("l", ColumnType.LONG),
            new ColumnSpec("b", ColumnType.BOOLEAN), new ColumnSpec("s", ColumnType.STRING));
        Table t = Table.builder(spec).addRow("r1", 0.25, 3L, true, "x").addRow("r2", null, -4L, null, "y").build();
        BufferedDataTable out = KnimeTables.toKnime(t, exec);
        DataTableSpec ks = out.getDataTableSpec();
        assertEquals(List.of(DoubleCell.TYPE, LongCell.TYPE, BooleanCell.TYPE, StringCell.TYPE),
            List.of(ks.getColumnSpec(0).getType(), ks.getColumnSpec(1).getType(), ks.getColumnSpec(2).getType(),
                ks.getColumnSpec(3).getType()));
        assertEquals(2, out.size());
        try (CloseableRowIterator it = out.iterator()) {
            DataRow r1 = it.next();
            assertEquals("r1", r1.getKey().getString());
            assertEquals(0.25, ((DoubleCell) r1.getCell(0)).getDoubleValue());
            assertEquals(3L, ((LongCell) r1.getCell(1)).getLongValue());
            assertEquals(BooleanCell.TRUE, r1.getCell(2));
            assertEquals("x", ((StringCell) r1.getCell(3)).getStringValue());
            DataRow r2 = it.next();
            assertTrue(r2.getCell(0).isMissing());
            assertTrue(r2.getCell(2).isMissing());
            assertEquals(-4L, ((LongCell) r2.getCell(1)).getLongValue());
        }
        // read back as the node layer sees KNIME columns: long and boolean as numbers, missing cells still missing
        Table back = KnimeTables.toTable(out, exec);
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING),
            back.spec().columns().stream().map(ColumnSpec::type).toList());
        assertEquals(List.of(0.25, 3.0, 1.0, "x"), List.of(back.get(0, 0), back.get(1, 0), back.get(2, 0),
            back.get(3, 0)));
        assertEquals(java.util.Arrays.asList(null, -4.0, null, "y"), java.util.Arrays.asList(back.get(0, 1),
            back.get(1, 1), back.get(2, 1), back.get(3, 1)));
    }

    @Test
    void appendKeepsTheInputCellsAndAddsTheNewColumns() throws CanceledExecutionException {
        BufferedDataTable in = mixed(exec);
        Table extra = Table.builder(TableSpec.of(ColumnSpec.real("p"))).addRow("first", 2.0).addRow("Row 2", 3.0)
            .build();
        BufferedDataTable out = KnimeTables.append(in, extra, exec);
        assertEquals(List.of("d", "l", "b", "s", "p"), List.of(out.getDataTableSpec().getColumnNames()));
        try (CloseableRowIterator a = in.iterator(); CloseableRowIterator b = out.iterator()) {
            while (a.hasNext()) {
                DataRow x = a.next();
                DataRow y = b.next();
                assertEquals(x.getKey(), y.getKey());
                for (int c = 0; c < x.getNumCells(); c++) {
                    assertTrue(x.getCell(c) == y.getCell(c), "input cell passed on as it is");
                }
            }
            assertFalse(b.hasNext());
        }
    }

    @Test
    void appendRefusesColumnsForOtherRows() {
        Table extra = Table.builder(TableSpec.of(ColumnSpec.real("p"))).addRow("Row 2", 2.0).addRow("first", 3.0)
            .build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> KnimeTables.append(mixed(exec), extra, exec));
        assertTrue(e.getMessage().contains("first") && e.getMessage().contains("Row 2"), e.getMessage());
    }

    /**
     * A node decomposing a KNIME table streams it from KNIME's rows (the view is not copied): the same decomposition
     * as the engine fed the same numbers in the same order (bit for bit), and a bad cell named by its KNIME row key.
     */
    @Test
    void decomposingStreamsKnimeRowsWithTheirKeysInMessages() {
        int n = 2000;
        BufferedDataTable data = KnimeData.regression(exec, n);
        Table view = KnimeTables.toTable(data, exec);
        org.lnet.engine.data.DataDecomposition streamed = org.lnet.node.table.Matrices.decompose(view,
            java.util.List.of("x1", "x3"), "inputColumns", java.util.List.of("y"), "targetColumns", 0, 0,
            org.lnet.engine.Progress.NONE);
        org.lnet.engine.data.DataAccumulator acc = new org.lnet.engine.data.DataAccumulator(2, 1);
        try (org.knime.core.data.container.CloseableRowIterator it = data.iterator()) {
            while (it.hasNext()) {
                org.knime.core.data.DataRow r = it.next();
                acc.add(new double[] {((DoubleCell) r.getCell(0)).getDoubleValue(),
                    ((DoubleCell) r.getCell(2)).getDoubleValue()}, new double[] {((DoubleCell) r.getCell(3)).getDoubleValue()});
            }
        }
        assertArrayEquals(acc.finish().minNormSolution().data, streamed.minNormSolution().data, 0.0);

        Double[][] rows = new Double[n][];
        for (int r = 0; r < n; r++) {
            rows[r] = new Double[] {(double) r, r == 1500 ? null : 1.0 / (r + 1), (double) (r % 3)};
        }
        Table bad = KnimeTables.toTable(KnimeData.doubles(exec, new String[] {"a", "b", "y"}, rows), exec);
        org.lnet.engine.InvalidInputException e = assertThrows(org.lnet.engine.InvalidInputException.class,
            () -> org.lnet.node.table.Matrices.decompose(bad, java.util.List.of("a", "b"), "inputColumns",
                java.util.List.of("y"), "targetColumns", 0, 0, org.lnet.engine.Progress.NONE));
        assertTrue(e.getMessage().startsWith("Missing value in input column 'b', row 'Row1500'"), e.getMessage());
    }

    /** The view copies KNIME's rows on its first read; a cancel stops that copy at its next check. */
    @Test
    void aCancelStopsALongCopyAtTheNextCheck() {
        Double[][] rows = new Double[3000][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new Double[] {(double) r};
        }
        BufferedDataTable big = KnimeData.doubles(exec, new String[] {"x"}, rows);
        Table view = KnimeTables.toTable(big, exec);
        exec.getProgressMonitor().setExecuteCanceled();
        assertThrows(org.lnet.engine.CancelledException.class, () -> view.getDouble(0, 0));
        assertEquals(1, exec.getProgressMonitor().checksAfterCancel(), "stopped at the first check");
    }

    @Test
    void knimeRefusesCellsThatDoNotFitTheirColumn() {
        // the container checks the adapter's output is held to: shown here so that they are known to bite
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(KnimeData.column("d", DoubleCell.TYPE)));
        DataCell text = new StringCell("t");
        assertThrows(IllegalArgumentException.class, () -> c.addRowToTable(new DefaultRow("r", text)));
        assertThrows(IllegalArgumentException.class, () -> c.addRowToTable(new DefaultRow("r")));
        c.addRowToTable(new DefaultRow("r", DataType.getMissingCell()));
        assertInstanceOf(RuntimeException.class, assertThrows(RuntimeException.class,
            () -> c.addRowToTable(new DefaultRow("r", new DoubleCell(1)))));
    }
}
