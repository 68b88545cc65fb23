package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.NodeFixtures;

class MatricesTest {

    private final Table table = NodeFixtures.regression(8, 3, 1, 5);

    @Test
    void copiesTheSelectedColumnsInOrder() {
        DMatrixRMaj m = Matrices.matrix(table, List.of("x3", "x1"), "input", "inputColumns", Progress.NONE);
        assertEquals(8, m.numRows);
        for (int r = 0; r < 8; r++) {
            assertEquals(table.getDouble(2, r), m.get(r, 0));
            assertEquals(table.getDouble(0, r), m.get(r, 1));
        }
    }

    @Test
    void missingCellNamesColumnAndRow() {
        Table t = NodeFixtures.withCell(table, 6, "x2", null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> Matrices.matrix(t, List.of("x1", "x2"), "input", "inputColumns", Progress.NONE));
        assertTrue(e.getMessage().startsWith("Missing value in input column 'x2', row 'Row6'"), e.getMessage());
    }

    @Test
    void nonFiniteValuesNameColumnRowAndValue() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Table t = NodeFixtures.withCell(table, 2, "y1", bad);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Matrices.matrix(t, List.of("y1"), "target", "targetColumns", Progress.NONE));
            assertTrue(e.getMessage().contains(Double.toString(bad)) && e.getMessage().contains("'y1'")
                && e.getMessage().contains("'Row2'"), e.getMessage());
            assertEquals("targetColumns", e.subject());
        }
    }

    @Test
    void emptyTableIsRefused() {
        Table empty = Table.builder(table.spec()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> Matrices.matrix(empty, List.of("x1"), "input", "inputColumns", Progress.NONE));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }

    @Test
    void tableFromMatrixKeepsRowIdsAndValues() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
        Table t = Matrices.table(m, List.of("p", "q"), List.of("first", "second"));
        assertEquals("second", t.rowId(1));
        assertEquals(4.0, t.getDouble(1, 1));
        Table both = Matrices.append(t, Matrices.table(m, List.of("r", "s"), null));
        assertEquals(List.of("p", "q", "r", "s"), both.spec().names());
        assertEquals("first", both.rowId(0));
    }

    /**
     * Streaming the table's rows into the decomposition gives the same bits as decomposing copied matrices (so
     * hosts agree with the CLI, which streams its CSV files), and the same messages for bad cells.
     */
    @Test
    void decomposeStreamsToTheSameBitsAsTheCopiedMatrices() {
        Table big = NodeFixtures.regression(700, 4, 2, 9);
        List<String> x = List.of("x1", "x2", "x3", "x4");
        List<String> y = List.of("y1", "y2");
        DataDecomposition streamed = Matrices.decompose(big, x, "inputColumns", y, "targetColumns", 0, 0,
            Progress.NONE);
        DataDecomposition copied = DataDecomposition.of(
            Matrices.matrix(big, x, "input", "inputColumns", Progress.NONE),
            Matrices.matrix(big, y, "target", "targetColumns", Progress.NONE));
        assertArrayEquals(copied.minNormSolution().data, streamed.minNormSolution().data);
        assertArrayEquals(copied.singularValues(), streamed.singularValues());
        assertEquals(copied.residualLoss(), streamed.residualLoss());

        Table t = NodeFixtures.withCell(table, 6, "x2", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Matrices.decompose(t,
            List.of("x1", "x2"), "inputColumns", List.of("y1"), "targetColumns", 0, 0, Progress.NONE));
        assertEquals("Missing value in input column 'x2', row 'Row6': remove or impute missing values before this "
            + "node.", e.getMessage());
        Table empty = Table.builder(table.spec()).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> Matrices.decompose(empty, List.of("x1"),
            "inputColumns", List.of("y1"), "targetColumns", 0, 0, Progress.NONE)).getMessage().contains("no rows"));
    }

    /**
     * Rows are checked a block at a time (4096 rows), yet the error is the first bad cell in row order, inputs
     * before targets, as reading cell by cell finds it: the positions below straddle a block boundary and sit in
     * both an input and a target column.
     */
    @Test
    void decomposeReportsTheFirstBadCellInRowOrderAcrossBlocks() {
        Table big = NodeFixtures.regression(9000, 3, 1, 4);
        List<String> x = List.of("x1", "x2", "x3");
        List<String> y = List.of("y1");
        String targetFirst = message(NodeFixtures.withCell(NodeFixtures.withCell(big, 8000, "x1", null), 4500, "y1",
            Double.NaN), x, y);
        assertEquals("Non-finite value NaN in target column 'y1', row 'Row4500': remove or replace NaN and infinite "
            + "values before this node.", targetFirst);
        Table sameRow = NodeFixtures.withCell(NodeFixtures.withCell(NodeFixtures.withCell(big, 4096, "y1", null),
            4096, "x3", Double.POSITIVE_INFINITY), 4100, "x1", null);
        assertEquals("Non-finite value Infinity in input column 'x3', row 'Row4096': remove or replace NaN and "
            + "infinite values before this node.", message(sameRow, x, y));
        Table earlierColumnLater = NodeFixtures.withCell(NodeFixtures.withCell(big, 4095, "x3", null), 4094, "x2",
            Double.NEGATIVE_INFINITY);
        assertTrue(message(earlierColumnLater, x, y).contains("input column 'x2', row 'Row4094'"));
    }

    private static String message(Table t, List<String> x, List<String> y) {
        return assertThrows(InvalidInputException.class, () -> Matrices.decompose(t, x, "inputColumns", y,
            "targetColumns", 0, 0, Progress.NONE)).getMessage();
    }

    /**
     * A LONG column (read through the table, not from double storage) next to DOUBLE ones, over several blocks:
     * the decomposition equals that of the matrices written out cell by cell in this test.
     */
    @Test
    void decomposeReadsLongColumnsLikeDoubles() {
        int n = 5000;
        TableSpec spec = TableSpec.of(ColumnSpec.real("a"), new ColumnSpec("k", ColumnType.LONG), ColumnSpec.real("y"));
        TableBuilder b = Table.builder(spec);
        DMatrixRMaj xs = new DMatrixRMaj(n, 2);
        DMatrixRMaj ys = new DMatrixRMaj(n, 1);
        for (int r = 0; r < n; r++) {
            double a = Math.sin(r);
            long k = r % 7;
            double y = 2 * a - k + Math.cos(3.0 * r);
            b.addRow("Row" + r, a, k, y);
            xs.set(r, 0, a);
            xs.set(r, 1, k);
            ys.set(r, 0, y);
        }
        DataDecomposition streamed = Matrices.decompose(b.build(), List.of("a", "k"), "inputColumns", List.of("y"),
            "targetColumns", 0, 0, Progress.NONE);
        DataDecomposition written = DataDecomposition.of(xs, ys);
        assertArrayEquals(written.minNormSolution().data, streamed.minNormSolution().data);
        assertEquals(written.residualLoss(), streamed.residualLoss());
    }
}
