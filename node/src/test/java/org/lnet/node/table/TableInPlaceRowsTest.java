package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's in-place rows (startRow, cell, missing, endRow) and numbered row ids, as hosts use them. */
class TableInPlaceRowsTest {

    private static final TableSpec SPEC = TableSpec.of(ColumnSpec.real("x"), new ColumnSpec("label", ColumnType.STRING));

    /** In-place rows hold the values written, missing cells read as MISSING (NaN underneath), ids as given. */
    @Test
    void inPlaceRowsHoldTheirCells() {
        Table t = Table.builder(SPEC, 1).startRow("a").cell(0.25).cell("p").endRow()
            .startRow().missing().missing().endRow().build();
        assertEquals(2, t.rows());
        assertEquals(0.25, t.getDouble(0, 0));
        assertEquals("p", t.getString(1, 0));
        assertTrue(t.isMissing(0, 1) && t.isMissing(1, 1));
        assertTrue(Double.isNaN(t.getDouble(0, 1)));
        assertEquals(List.of("a", "Row1"), List.of(t.rowId(0), t.rowId(1)));
        assertEquals(Table.builder(SPEC).addRow("a", 0.25, "p").addRow("Row1", null, null).build(), t);
    }

    /** The messages for a wrong cell type or count are the sentences addRow gives for the same mistakes. */
    @Test
    void wrongCellsAreRefusedAsByAddRow() {
        TableBuilder b = Table.builder(SPEC);
        assertEquals("Cell of column 'x', row 'r' holds String but the column is DOUBLE.",
            assertThrows(IllegalArgumentException.class, () -> b.startRow("r").cell("text")).getMessage());
        assertEquals("Cell of column 'label', row 'r' holds Double but the column is STRING.",
            assertThrows(IllegalArgumentException.class, () -> b.startRow("r").cell(1.0).cell(2.0)).getMessage());
        assertEquals("Row 'r' has 1 cells but the table has 2 columns.",
            assertThrows(IllegalArgumentException.class, () -> b.startRow("r").cell(1.0).endRow()).getMessage());
        assertEquals("Row 'r' has 3 cells but the table has 2 columns.",
            assertThrows(IllegalArgumentException.class, () -> b.startRow("r").cell(1.0).missing().missing())
                .getMessage());
        assertThrows(IllegalStateException.class, () -> b.cell(1.0), "no row started");
        assertEquals(0, b.build().rows());
    }

    /** A row abandoned half-way (after a missing cell) leaves nothing behind: the next row at its index is clean. */
    @Test
    void anAbandonedRowLeavesNoMissingFlags() {
        TableBuilder b = Table.builder(SPEC);
        assertThrows(IllegalArgumentException.class, () -> b.startRow("r").missing().cell(1.0));
        Table t = b.startRow("r").cell(1.0).cell("q").endRow().build();
        assertEquals(1, t.rows());
        assertFalse(t.isMissing(0, 0) || t.isMissing(1, 0));
        b.startRow("s").missing(); // left open: dropped by build
        assertEquals(t, b.build());
    }

    /** Numbered ids (Weka's 1, 2, ...) are the rows' ids; an explicit id equal to a row's number is that row's. */
    @Test
    void numberedIdsCountFromTheirFirstNumber() {
        TableBuilder b = Table.builder(TableSpec.reals(List.of("x"))).numberedIds("", 1);
        b.startRow().cell(1).endRow().startRow("2").cell(2).endRow();
        assertEquals("Duplicate row id '1'.",
            assertThrows(IllegalArgumentException.class, () -> b.startRow("1").cell(3).endRow()).getMessage());
        b.startRow("named").cell(3).endRow().startRow().cell(4).endRow();
        Table t = b.build();
        assertEquals(List.of("1", "2", "named", "4"), List.of(t.rowId(0), t.rowId(1), t.rowId(2), t.rowId(3)));
        assertThrows(IllegalStateException.class, () -> b.numberedIds("Row", 0));
        // ids that only look numbered are ids of their own
        Table odd = Table.builder(TableSpec.reals(List.of("x")), 3).startRow("Row00").cell(1).endRow()
            .startRow("Row").cell(2).endRow().startRow("Row2").cell(3).endRow().build();
        assertEquals(List.of("Row00", "Row", "Row2"), List.of(odd.rowId(0), odd.rowId(1), odd.rowId(2)));
    }

    /**
     * Many rows (more than the builder stages at a time), in-place and whole rows interleaved, the columns growing
     * from a small capacity and a table built half-way: every cell reads back as written by the loop below.
     */
    @Test
    void interleavedRowsReadBackAsWritten() {
        TableBuilder b = Table.builder(SPEC, 10);
        Table half = null;
        for (int r = 0; r < 1000; r++) {
            if (r % 97 == 0) {
                b.addRow("Row" + r, (double) r, "t" + r);
            } else if (r % 13 == 0) {
                b.startRow().missing().cell("t" + r).endRow();
            } else {
                b.startRow().cell(r).cell("t" + r).endRow();
            }
            if (r == 300) {
                half = b.build();
            }
        }
        Table all = b.build();
        assertEquals(301, half.rows());
        assertEquals(1000, all.rows());
        for (Table t : List.of(half, all)) {
            for (int r = 0; r < t.rows(); r++) {
                boolean missing = r % 97 != 0 && r % 13 == 0;
                assertEquals(missing, t.isMissing(0, r), "row " + r);
                assertEquals(missing ? Double.NaN : r, t.getDouble(0, r), "row " + r);
                assertEquals("t" + r, t.getString(1, r));
                assertEquals("Row" + r, t.rowId(r));
            }
        }
    }
}
