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
        Table.Builder b = Table.builder(MIXED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> b.addRow("a", "text", 1L, true, "p"));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("'a'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addRow("a", 1.0, 1L, true));
    }

    @Test
    void rowIdsAreUnique() {
        Table.Builder b = Table.builder(TableSpec.reals(List.of("x"))).addRow("r", 1.0);
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
}
