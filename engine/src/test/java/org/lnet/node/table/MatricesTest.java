package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
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
}
