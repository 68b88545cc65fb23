package org.lnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The fields of an error say what it is about without reading its message; the message is the full sentence. */
class InvalidInputExceptionTest {

    @Test
    void aNonFiniteEntryIsACellWithZeroBasedIndices() {
        DMatrixRMaj x = new DMatrixRMaj(4, 3);
        x.set(2, 1, Double.NaN);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Checks.finite("X", x));
        assertEquals(InvalidInputException.Kind.CELL, e.kind());
        assertEquals("X", e.subject());
        assertEquals(2, e.row());
        assertEquals(1, e.column());
        assertEquals("X has a non-finite value (NaN) at row 3, column 2: remove or impute missing, NaN and infinite "
            + "values first.", e.getMessage());
    }

    @Test
    void aParameterOutOfRangeIsASetting() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Checks.positive("lr", -1));
        assertEquals(InvalidInputException.Kind.SETTING, e.kind());
        assertEquals("lr", e.subject());
        assertEquals(-1, e.row());
        assertEquals("Parameter 'lr' must be a positive finite number, not -1.0.", e.getMessage());
        assertEquals("must be a positive finite number, not -1.0", e.problem());
    }

    @Test
    void rowsAreListedAsAReaderCountsThem() {
        assertEquals("row 1", InvalidInputException.rowWords(new long[] {0}));
        assertEquals("rows 1 and 4", InvalidInputException.rowWords(new long[] {0, 3}));
        assertEquals("rows 1, 2 and 4", InvalidInputException.rowWords(new long[] {0, 1, 3}));
        InvalidInputException e = InvalidInputException.rows("X", new long[] {4, 1}, "", "are equal", "merge them");
        assertArrayEquals(new long[] {4, 1}, e.rows());
        assertEquals("Rows 5 and 2 of X are equal: merge them.", e.getMessage());
    }

    @Test
    void relocatingKeepsProblemAndRemedy() {
        InvalidInputException e = InvalidInputException.rows("X", new long[] {0}, "", "is zero", "remove it")
            .locatedAs("inputColumns", "row 'a' of the input columns");
        assertEquals("Row 'a' of the input columns is zero: remove it.", e.getMessage());
        assertEquals("inputColumns", e.subject());
        assertEquals("remove it", e.remedy());
        InvalidInputException plain = new InvalidInputException("file", "The file 'x.csv' is empty.");
        assertEquals(InvalidInputException.Kind.OTHER, plain.kind());
        assertEquals("The file 'x.csv' is empty.", plain.locatedAs("data", "").getMessage());
        assertEquals("data", plain.locatedAs("data", "").subject());
        assertEquals("The file 'x.csv' is empty. Check the path.", plain.withNote("Check the path.").getMessage());
    }
}
