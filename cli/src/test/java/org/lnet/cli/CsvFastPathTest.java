package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.InvalidInputException;

/**
 * The parallel block reader behind {@link MatrixCsv.Rows} on files of many blocks (more than 2 MB): every value is
 * the JDK's {@link Double#parseDouble} of its cell (recomputed here from the text), in every spelling the grammar
 * allows; a problem far into the file is reported with the line-by-line path's message and line number; blank lines
 * only at the end are accepted.
 */
class CsvFastPathTest {

    @TempDir
    Path dir;

    /** Spellings of the number grammar, cycled through the cells; the last ones need more than 17 digits. */
    private static final String[] SPELLINGS = {"0.5", "-2", "+3.", ".25", "1e-10", "-1.5E+3", "7E2", " 4.0 ", "\t-0",
        "123456789012345678901234567890", "0.1000000000000000055511151231257827", "2.2250738585072011e-308",
        "4.9e-324", "1.7976931348623157e308", "-9007199254740993"};

    /** Rows of `width` cells, about `bytes` in all; cell (i, j) is a random double or one of the spellings. */
    private static String[][] cells(int width, int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        String[][] c = new String[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                c[i][j] = rng.nextInt(4) == 0 ? SPELLINGS[rng.nextInt(SPELLINGS.length)]
                    : Double.toString(rng.nextDouble(-1e3, 1e3) * Math.pow(10, rng.nextInt(-20, 20)));
            }
        }
        return c;
    }

    private Path write(String name, String header, String[][] cells, String lineEnd, String tail) throws Exception {
        StringBuilder sb = new StringBuilder(header);
        for (String[] row : cells) {
            sb.append(String.join(",", row)).append(lineEnd);
        }
        sb.append(tail);
        Path f = dir.resolve(name);
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void everyValueIsTheJdksParseOfItsCell() throws Exception {
        String[][] c = cells(40, 4000, 1);
        for (String lineEnd : new String[] {"\n", "\r\n"}) {
            Path f = write("x.csv", "a" + ",b".repeat(39) + lineEnd, c, lineEnd, "\n \n");
            DMatrixRMaj m = MatrixCsv.read(f, "x", MatrixCsv.Header.AUTO);
            assertEquals(c.length, m.numRows);
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c[i].length; j++) {
                    assertEquals(Double.doubleToLongBits(Double.parseDouble(c[i][j].trim())),
                        Double.doubleToLongBits(m.get(i, j)), "cell " + c[i][j]);
                }
            }
            assertTrue(Files.size(f) > 2 << 20, "several blocks");
        }
    }

    @Test
    void aBadCellFarIntoTheFileIsReportedAsBefore() throws Exception {
        String[][] c = cells(30, 5000, 2);
        c[4321][7] = "1,5";
        Path f = write("x.csv", "", c, "\n", "");
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> MatrixCsv.read(f, "x", MatrixCsv.Header.NO));
        assertEquals("File " + f + " (--x), line 4322 has 31 cells but the first line has 30: every row needs the same "
            + "number of columns.", e.getMessage());
        c[4321][7] = "NaN";
        Path g = write("y.csv", "", c, "\n", "");
        e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(g, "x", MatrixCsv.Header.NO));
        assertEquals("File " + g + " (--x), line 4322 column 8 holds the non-finite value NaN: remove or impute NaN and "
            + "infinite values.", e.getMessage());
    }

    @Test
    void aBlankLineBeforeMoreDataIsReportedAtTheBlankLine() throws Exception {
        String[][] c = cells(30, 5000, 3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            sb.append(String.join(",", c[i])).append('\n').append(i == 3999 ? "\n" : "");
        }
        Path f = dir.resolve("x.csv");
        Files.writeString(f, sb);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> MatrixCsv.read(f, "x", MatrixCsv.Header.NO));
        assertEquals("File " + f + " (--x), line 4001 is blank: remove empty lines between data rows.", e.getMessage());
    }
}
