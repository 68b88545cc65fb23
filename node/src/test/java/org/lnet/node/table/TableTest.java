package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final TableSpec MIXED = TableSpec.of(ColumnSpec.real("x"), new ColumnSpec("n", ColumnType.LONG),
        new ColumnSpec("ok", ColumnType.BOOLEAN), new ColumnSpec("label", ColumnType.STRING));

    @Test
    void missingIsNotNaN() {
        Table t = Table.builder(MIXED).addRow("a", Double.NaN, 1L, true, "p").addRow("b", null, null, null, null).build();
        assertFalse(t.isMissing(0, 0));
        assertTrue(Double.isNaN(t.getDouble(0, 0)));
        for (int c = 0; c < 4; c++) {
            assertTrue(t.isMissing(c, 1));
            assertNull(t.get(c, 1));
        }
        assertEquals(1L, t.get(1, 0));
        assertEquals(true, t.get(2, 0));
        assertEquals("p", t.get(3, 0));
        assertEquals("b", t.rowId(1));
    }

    @Test
    void longColumnsReadAsNumbers() {
        Table t = Table.builder(MIXED).addRow("a", 0.5, 7L, false, "q").build();
        assertEquals(7.0, t.getDouble(1, 0));
        assertEquals(List.of("x", "n"), MIXED.numericNames());
    }

    @Test
    void cellsMustMatchTheirColumnType() {
        TableBuilder b = Table.builder(MIXED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> b.addRow("a", "text", 1L, true, "p"));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("'a'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addRow("a", 1.0, 1L, true));
    }

    @Test
    void rowIdsAreUnique() {
        TableBuilder b = Table.builder(TableSpec.reals(List.of("x"))).addRow("r", 1.0);
        assertThrows(IllegalArgumentException.class, () -> b.addRow("r", 2.0));
    }

    @Test
    void defaultRowIdsCountFromZero() {
        Table t = Table.ofRows(TableSpec.reals(List.of("x")), new double[] {1}, new double[] {2});
        assertEquals("Row0", t.rowId(0));
        assertEquals("Row1", t.rowId(1));
    }

    @Test
    void columnNamesAreUniqueAndUniqueNamesAreFound() {
        assertThrows(IllegalArgumentException.class, () -> TableSpec.reals(List.of("a", "a")));
        TableSpec s = TableSpec.reals(List.of("a", "a #1"));
        assertEquals("b", s.uniqueName("b"));
        assertEquals("a #2", s.uniqueName("a"));
    }

    @Test
    void equalityComparesCellsBitForBit() {
        Table a = Table.ofRows(TableSpec.reals(List.of("x")), new double[] {Double.NaN});
        Table b = Table.ofRows(TableSpec.reals(List.of("x")), new double[] {Double.NaN});
        Table c = Table.ofRows(TableSpec.reals(List.of("x")), new double[] {0.0});
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void defaultAndChosenRowIdsMixAndStayUnique() {
        TableBuilder b = Table.builder(TableSpec.reals(List.of("x"))).addCells(1.0).addCells(2.0);
        // "Row0" is taken by the first default id, even though default ids are not stored
        assertThrows(IllegalArgumentException.class, () -> b.addRow("Row0", 3.0));
        b.addRow("third", 3.0).addCells(4.0);
        assertThrows(IllegalArgumentException.class, () -> b.addRow("third", 5.0));
        Table t = b.build();
        assertEquals(List.of("Row0", "Row1", "third", "Row3"),
            List.of(t.rowId(0), t.rowId(1), t.rowId(2), t.rowId(3)));
        assertEquals(4.0, t.getDouble(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> t.getDouble(0, 4));
    }

    @Test
    void aBuiltTableDoesNotChangeWhenItsBuilderGoesOn() {
        TableBuilder b = Table.builder(MIXED, 1).addRow("a", 0.5, 7L, true, "p");
        Table first = b.build();
        b.addRow("b", null, 8L, false, "q");
        Table second = b.build();
        assertEquals(1, first.rows());
        assertEquals(Table.builder(MIXED).addRow("a", 0.5, 7L, true, "p").build(), first);
        assertEquals(2, second.rows());
        assertTrue(second.isMissing(0, 1));
        assertFalse(first.spec().size() != 4);
    }

    @Test
    void tablesOfEqualContentAreEqualWhateverTheBuilderCapacity() {
        TableBuilder small = Table.builder(MIXED, 0);
        TableBuilder exact = Table.builder(MIXED, 40);
        for (int r = 0; r < 40; r++) {
            Object[] cells = {r * 0.25, (long) r, r % 2 == 0, r % 3 == 0 ? null : "s" + r};
            small.addCells(cells);
            exact.addCells(cells);
        }
        assertEquals(small.build(), exact.build());
        assertEquals(small.build().hashCode(), exact.build().hashCode());
    }
}
