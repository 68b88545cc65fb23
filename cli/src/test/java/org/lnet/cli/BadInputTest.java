package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets exit code 2, its own message naming what is wrong, and no output file. */
class BadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        CliRunner.write(dir, "X.csv", "a,b,c\n1,0,0\n0,1,0\n0,0,1\n1,1,0\n");
        CliRunner.write(dir, "Y.csv", "y\n1\n2\n3\n4\n");
        CliRunner.write(dir, "U.csv", "0.1,0.2\n0.3,0.1\n-0.2,0.1\n");
        CliRunner.write(dir, "V.csv", "0.5,-0.4\n");
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private void expectError(String fragment, String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains(fragment), "expected '" + fragment + "' in: " + r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
        assertEquals("", r.out);
        assertFalse(Files.exists(dir.resolve("out.csv")), "nothing written");
        assertFalse(Files.exists(dir.resolve("outV.csv")), "nothing written");
    }

    private String[] minNorm(String xFile) {
        return new String[] {"min-norm", "--x", p(xFile), "--y", p("Y.csv"), "--out", p("out.csv")};
    }

    @Test
    void badCells() throws Exception {
        CliRunner.write(dir, "nan.csv", "1,0,0\n0,NaN,0\n0,0,1\n1,1,0\n");
        expectError("line 2 column 2 holds the non-finite value NaN", minNorm("nan.csv"));
        CliRunner.write(dir, "inf.csv", "1,0,0\n0,1,0\n0,0,-Infinity\n1,1,0\n");
        expectError("line 3 column 3 holds the non-finite value -Infinity", minNorm("inf.csv"));
        CliRunner.write(dir, "blank.csv", "1,0,0\n0,,0\n0,0,1\n1,1,0\n");
        expectError("line 2 column 2 is empty", minNorm("blank.csv"));
        CliRunner.write(dir, "ragged.csv", "1,0,0\n0,1\n0,0,1\n1,1,0\n");
        expectError("line 2 has 2 cells but the first line has 3", minNorm("ragged.csv"));
        CliRunner.write(dir, "text.csv", "1,0,0\n0,one,0\n0,0,1\n1,1,0\n");
        expectError("holds 'one', which is not a number", minNorm("text.csv"));
        CliRunner.write(dir, "empty.csv", "a,b,c\n");
        expectError("has no data rows", minNorm("empty.csv"));
        expectError("does not exist", minNorm("missing.csv"));
    }

    @Test
    void aFileWithColumnNamesHasTheBadCellsColumnNamed() throws Exception {
        CliRunner.write(dir, "named.csv", "a,b,c\n1,0,0\n0,NaN,0\n0,0,1\n1,1,0\n");
        expectError("line 3 column 2 ('b') holds the non-finite value NaN", minNorm("named.csv"));
        CliRunner.write(dir, "named.csv", "a,b,c\n1,0,0\n0,1,0\n0,0,\n1,1,0\n");
        expectError("line 4 column 3 ('c') is empty", minNorm("named.csv"));
        CliRunner.write(dir, "named.csv", "a,b,c\n1,0,0\n0,1,0\nred,0,1\n1,1,0\n");
        expectError("line 4 column 1 ('a') holds 'red', which is not a number", minNorm("named.csv"));
    }

    @Test
    void shapesThatDoNotFit() throws Exception {
        CliRunner.write(dir, "X5.csv", "1,0,0\n0,1,0\n0,0,1\n1,1,0\n1,1,1\n");
        expectError("X has 5 rows but Y has 4", minNorm("X5.csv"));
        CliRunner.write(dir, "U2.csv", "0.1,0.2\n0.3,0.1\n");
        expectError("U0 (--u0) has 2 rows but X (--x) has 3 columns", "train", "--x", p("X.csv"), "--y", p("Y.csv"),
            "--u0", p("U2.csv"), "--v0", p("V.csv"), "--time", "1", "--out-u", p("out.csv"), "--out-v", p("outV.csv"));
        CliRunner.write(dir, "V3.csv", "0.5,-0.4,1\n");
        expectError("U0 (--u0) has 2 columns but V0 (--v0) has 3", "train", "--x", p("X.csv"), "--y", p("Y.csv"),
            "--u0", p("U.csv"), "--v0", p("V3.csv"), "--time", "1", "--out-u", p("out.csv"), "--out-v", p("outV.csv"));
    }

    @Test
    void parametersOutOfRange() {
        expectError("Setting 'Width h' (width) must be at least 1, not 0", "init", "--d", "3", "--m", "1", "--width", "0", "--seed", "1",
            "--out-u", p("out.csv"), "--out-v", p("outV.csv"));
        expectError("use implicit width", "init", "--d", "3", "--m", "1", "--width", "1e12", "--seed", "1",
            "--out-u", p("out.csv"), "--out-v", p("outV.csv"));
        String[] bounds = {"bounds", "--x", p("X.csv"), "--y", p("Y.csv"), "--u0", p("U.csv"), "--v0", p("V.csv")};
        expectError("(alpha) must be greater than 0.25 and at most 0.5, not 0.7", concat(bounds, "--alpha", "0.7"));
        expectError("(delta) must be greater than 0 and less than 1, not 1.5", concat(bounds, "--delta", "1.5"));
        String[] train = {"train", "--x", p("X.csv"), "--y", p("Y.csv"), "--u0", p("U.csv"), "--v0", p("V.csv"),
            "--out-u", p("out.csv"), "--out-v", p("outV.csv")};
        expectError("(lr) must be greater than 0, not -0.1", concat(train, "--method", "gd", "--lr", "-0.1"));
        expectError("(time) must be greater than 0", concat(train, "--time", "0"));
        expectError("Gradient descent diverged", concat(train, "--method", "gd", "--lr", "100"));
        expectError("largest stable step", concat(train, "--method", "gd", "--lr", "100"));
        expectError("(time) must be a number such as 0.5 or 1e-10, not 'abc'", concat(train, "--time", "abc"));
        expectError("Unknown option --tiem", concat(train, "--tiem", "3"));
        // beyond what a run keeps (it ran out of memory and blamed the width)
        expectError("(records) must be at least 0 and at most 1000000, not 3000000.", concat(train, "--time", "1", "--records", "3000000"));
        // beyond int: refused by the node's range, not wrapped around into a negative number
        expectError("(records) must be at least 0 and at most 1000000, not 3000000000.",
            concat(train, "--time", "1", "--records", "3000000000"));
        expectError("(inputs) must be at least 1 and at most 1048576, not 3000000000", "init", "--d",
            "3000000000", "--m", "1", "--width", "3", "--seed", "1", "--out-u", p("out.csv"), "--out-v", p("outV.csv"));
    }

    @Test
    void alphaOutsideTheTheoremsIsAllowedForInitWithAWarning() {
        CliRunner r = CliRunner.run("init", "--d", "3", "--m", "1", "--width", "4", "--alpha", "0.8", "--seed", "1",
            "--out-u", p("Ua.csv"), "--out-v", p("Va.csv"));
        assertEquals(0, r.code, r.toString());
        assertTrue(Files.exists(dir.resolve("Ua.csv")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
