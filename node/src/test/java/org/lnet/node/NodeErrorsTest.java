package org.lnet.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;

/**
 * The node layer rewords engine errors from their fields: row indices become the table's row ids, the subject the
 * setting; the engine's problem and remedy stay word for word.
 */
class NodeErrorsTest {

    private static final String[] IDS = {"first", "second", "third", "fourth"};

    @Test
    void rowIndicesBecomeRowIds() {
        InvalidInputException engine = InvalidInputException.rows("X", new long[] {0, 3}, "The kernel is singular: ",
            "are the same point", "remove one of them");
        assertEquals("The kernel is singular: rows 1 and 4 of X are the same point: remove one of them.",
            engine.getMessage());
        InvalidInputException node = NodeErrors.rowsOf(engine, "X", r -> IDS[(int) r], "inputColumns",
            "the input columns");
        assertEquals("The kernel is singular: rows 'first' and 'fourth' of the input columns are the same point: "
            + "remove one of them.", node.getMessage());
        assertEquals("inputColumns", node.subject());
        assertEquals(InvalidInputException.Kind.ROW, node.kind());
        assertArrayEquals(new long[] {0, 3}, node.rows(), "the indices stay for hosts that map them themselves");
    }

    @Test
    void oneRowAtTheStartOfASentence() {
        InvalidInputException engine = InvalidInputException.rows("X", new long[] {2}, "", "is zero", "");
        assertEquals("Row 3 of X is zero.", engine.getMessage());
        assertEquals("Row 'third' of the input columns is zero.", NodeErrors.rowsOf(engine, "X", r -> IDS[(int) r],
            "inputColumns", "the input columns").getMessage());
    }

    @Test
    void errorsAboutOtherSubjectsPassUnchanged() {
        InvalidInputException other = InvalidInputException.setting("lr", "must be positive", "");
        assertSame(other, NodeErrors.rowsOf(other, "X", r -> IDS[(int) r], "inputColumns", "the input columns"));
        InvalidInputException noRows = InvalidInputException.data("X", "is empty (0 x 3)", "add rows");
        InvalidInputException renamed = NodeErrors.rowsOf(noRows, "X", null, "inputColumns", "the input columns");
        assertEquals(noRows.getMessage(), renamed.getMessage());
        assertEquals("inputColumns", renamed.subject());
    }

    @Test
    void anEngineParameterBecomesTheSettingWithANote() {
        RealSetting lr = RealSetting.real("lr", "Step", "A step for the test.", 0).atLeast(0);
        InvalidInputException e = NodeErrors.about(InvalidInputException.setting("lr", "must be a positive finite "
            + "number, not -1.0", ""), lr).withNote("In this node, lr = 0 is 'auto'.");
        assertEquals("Parameter 'lr' must be a positive finite number, not -1.0. In this node, lr = 0 is 'auto'.",
            e.getMessage());
        assertEquals("lr", e.subject());
    }
}
