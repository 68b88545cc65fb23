package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.NodeFixtures;

/**
 * A {@link Table#view} over a host's table decomposes to the same bits as the copied table, reports every bad cell
 * with the same message, subject, row and column, copies nothing while it streams, and copies once when read
 * otherwise. The host here is a plain table read cell by cell, so the two paths differ only in the node layer.
 */
class TableViewTest {

    private static final List<String> X = List.of("x1", "x2", "x3");
    private static final List<String> Y = List.of("y1");

    /** A view over a table, counting its copies. */
    private static final class Host implements TableSource {
        private final Table table;
        private int copies;

        Host(Table table) {
            this.table = table;
        }

        @Override
        public Table copy() {
            copies++;
            return table;
        }

        @Override
        public void read(int[] columns, RowReader reader) {
            double[] values = new double[columns.length];
            boolean[] missing = new boolean[columns.length];
            for (int r = 0; r < table.rows(); r++) {
                for (int j = 0; j < columns.length; j++) {
                    missing[j] = table.isMissing(columns[j], r);
                    values[j] = missing[j] ? Double.NaN : table.getDouble(columns[j], r);
                }
                int row = r;
                reader.row(r, values, missing, () -> table.rowId(row));
            }
        }

        Table view() {
            return Table.view(table.spec(), table.rows(), this);
        }
    }

    @Test
    void streamsToTheSameBitsWithoutACopy() {
        // more rows than one block of the accumulator, so that it folds while streaming
        Table table = NodeFixtures.regression(5000, 3, 1, 11);
        Host host = new Host(table);
        DataDecomposition viaView = Matrices.decompose(host.view(), X, "inputColumns", Y, "targetColumns", 0, 0,
            Progress.NONE);
        DataDecomposition viaCopy = Matrices.decompose(table, X, "inputColumns", Y, "targetColumns", 0, 0,
            Progress.NONE);
        assertEquals(0, host.copies, "streaming copied the table");
        assertArrayEquals(viaCopy.minNormSolution().data, viaView.minNormSolution().data, 0.0);
        assertEquals(viaCopy.residualLoss(), viaView.residualLoss(), 0.0);
        Table view = host.view();
        assertEquals(table.getDouble(1, 7), view.getDouble(1, 7));
        assertEquals(table.rowId(7), view.rowId(7));
        assertEquals(table, view);
        assertEquals(1, host.copies, "a view is copied once, on its first other read");
    }

    @Test
    void badCellsAreReportedAsForTheCopiedTable() {
        Table table = NodeFixtures.regression(6000, 3, 1, 12);
        Object[][] cases = {{4500, "x2", null}, {4500, "y1", Double.NaN}, {17, "x3", Double.POSITIVE_INFINITY},
            {5999, "y1", null}};
        for (Object[] c : cases) {
            Table bad = NodeFixtures.withCell(NodeFixtures.withCell(table, (int) c[0], (String) c[1], c[2]),
                (int) c[0] + 1, "x1", null);
            InvalidInputException copied = assertThrows(InvalidInputException.class, () -> Matrices.decompose(bad, X,
                "inputColumns", Y, "targetColumns", 0, 0, Progress.NONE));
            InvalidInputException viewed = assertThrows(InvalidInputException.class, () -> Matrices.decompose(
                new Host(bad).view(), X, "inputColumns", Y, "targetColumns", 0, 0, Progress.NONE));
            assertEquals(copied.getMessage(), viewed.getMessage());
            assertEquals(copied.subject(), viewed.subject());
            assertEquals(copied.kind(), viewed.kind());
            assertArrayEquals(copied.rows(), viewed.rows());
            assertEquals(copied.column(), viewed.column());
        }
        Table empty = Table.builder(table.spec()).build();
        assertEquals(assertThrows(InvalidInputException.class, () -> Matrices.decompose(empty, X, "inputColumns", Y,
                "targetColumns", 0, 0, Progress.NONE)).getMessage(),
            assertThrows(InvalidInputException.class, () -> Matrices.decompose(new Host(empty).view(), X,
                "inputColumns", Y, "targetColumns", 0, 0, Progress.NONE)).getMessage());
        assertEquals(assertThrows(InvalidInputException.class, () -> Matrices.decompose(table, List.of("x1", "nope"),
                "inputColumns", Y, "targetColumns", 0, 0, Progress.NONE)).getMessage(),
            assertThrows(InvalidInputException.class, () -> Matrices.decompose(new Host(table).view(),
                List.of("x1", "nope"), "inputColumns", Y, "targetColumns", 0, 0, Progress.NONE)).getMessage());
    }
}
