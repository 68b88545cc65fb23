package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.ntk.NtkData;

/** {@code lnet ntk-sweep} end to end: files as documented, distances shrinking with width, bad input refused. */
class NtkSweepCommandTest {

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private static String column(double[] v) {
        StringBuilder sb = new StringBuilder("y\n");
        for (double d : v) {
            sb.append(d).append('\n');
        }
        return sb.toString();
    }

    @Test
    void syntheticSweepWritesCsvPngSvgAndDistancesShrink() throws Exception {
        CliRunner r = CliRunner.run("ntk-sweep", "--n", "8", "--d", "3", "--test-points", "30", "--widths", "64,256,1024",
            "--seeds", "2", "--out-dir", p("out"));
        assertEquals(0, r.code, r.toString());
        assertTrue(ReproductionTest.number(r.out, "slope") < -0.1, r.out);
        assertTrue(ReproductionTest.number(r.out, "predictionDistanceSlope") < -0.3, r.out);
        assertTrue(r.out.contains("\"unconvergedRuns\":0"), r.out);
        assertTrue(r.out.contains("\"activation\":\"relu\",\"init\":\"antisymmetric\""), r.out);
        assertTrue(r.out.contains("\"meanDistanceByWidth\":["), r.out);
        List<String> csv = Files.readAllLines(dir.resolve("out/ntk.csv"));
        assertEquals(NtkSweepCommand.CSV_HEADER, csv.get(0));
        assertEquals("h,repetition,seed,steps,converged,lr,finalLoss,weightDistance,relativeWeightDistance,changeNorm,"
            + "testPredictionDistance,relativeTestPredictionDistance,infiniteWidthPredictionDistance,gramDistance,conditionNumber",
            csv.get(0), "the documented header");
        assertEquals(1 + 6, csv.size());
        assertTrue(csv.get(1).startsWith("64,0,"), csv.get(1));
        ReproductionTest.assertValidPng(dir.resolve("out/ntk.png"));
        ReproductionTest.assertValidSvg(dir.resolve("out/ntk.svg"));
        assertTrue(Files.readString(dir.resolve("out/ntk.svg")).contains("slope"), "fitted slope in the legend");
    }

    @Test
    void userCsvDataWithTestInputsAndSmoothActivation() throws Exception {
        NtkData data = NtkData.sphere(8, 3, 10, 9);
        CliRunner.write(dir, "X.csv", MatrixCsv.format(data.x(), List.of("a", "b", "c")));
        CliRunner.write(dir, "y.csv", column(data.y()));
        CliRunner.write(dir, "XT.csv", MatrixCsv.format(data.xTest(), null));
        CliRunner r = CliRunner.run("ntk-sweep", "--x", p("X.csv"), "--y", p("y.csv"), "--x-test", p("XT.csv"),
            "--activation", "tanh", "--widths", "50,200", "--seeds", "1", "--tol", "1e-6", "--out-dir", p("out"));
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("\"activation\":\"tanh\""), r.out);
        assertTrue(r.out.contains("\"gramDistanceSlope\":null"), "no closed-form K_inf for tanh: " + r.out);
        assertTrue(r.out.contains("\"testPoints\":10"), r.out);
        assertEquals(3, Files.readAllLines(dir.resolve("out/ntk.csv")).size());
    }

    private void expectError(String fragment, String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains(fragment), "expected '" + fragment + "' in: " + r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
        assertEquals("", r.out);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    private String[] sweep(String... extra) {
        String[] base = {"ntk-sweep", "--n", "8", "--d", "3", "--out-dir", p("out")};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void badInputsExitWithTwoAndNameTheProblem() throws Exception {
        NtkData data = NtkData.sphere(6, 3, 0, 2);
        DMatrixRMaj dup = data.x().copy();
        for (int l = 0; l < 3; l++) {
            dup.set(3, l, dup.get(0, l));
        }
        CliRunner.write(dir, "dup.csv", MatrixCsv.format(dup, null));
        CliRunner.write(dir, "y.csv", column(data.y()));
        CliRunner.write(dir, "y2.csv", MatrixCsv.format(new DMatrixRMaj(6, 2), null));
        String[] userData = {"ntk-sweep", "--y", p("y.csv"), "--widths", "64,128", "--seeds", "1", "--out-dir", p("out"), "--x"};
        expectError("rows 1 and 4 of X are the same point", concat(userData, p("dup.csv")));
        CliRunner.write(dir, "nan.csv", "1,0,0\n0,NaN,0\n0,0,1\n1,1,0\n0,1,1\n1,0,1\n");
        expectError("line 2 column 2 holds the non-finite value NaN", concat(userData, p("nan.csv")));
        CliRunner.write(dir, "X.csv", MatrixCsv.format(data.x(), null));
        expectError("have 2 columns, but this network has one output", "ntk-sweep", "--x", p("X.csv"), "--y", p("y2.csv"),
            "--out-dir", p("out"));
        expectError("Option --n describes the synthetic data", "ntk-sweep", "--x", p("X.csv"), "--y", p("y.csv"), "--n", "6",
            "--out-dir", p("out"));
        // the node's lr: 0 (or the word auto) is the automatic step, below 0 is refused in the node's words
        expectError("(lr) must be at least 0, not -0.5", sweep("--lr", "-0.5", "--widths", "64,256"));
        expectError("(lr) must be a number such as 0.5 or 1e-10, not 'fast'", sweep("--lr", "fast", "--widths", "64,256"));
        expectError("(widths) must list widths of at least 1; 0 is not", sweep("--widths", "0,64", "--seeds", "1"));
        expectError("(widths) must list even widths for the antisymmetric initialization, which pairs every unit with a mirrored copy; 101 is odd", sweep("--widths", "101,64", "--seeds", "1"));
        expectError("(widths) needs at least two different widths to fit a slope, not only 64",
            sweep("--widths", "64", "--seeds", "1"));
        expectError("(widths) lists the width 64 twice", sweep("--widths", "64,128,64", "--seeds", "1"));
        expectError("(activation) must be one of relu, softplus, tanh, not 'sigmoid'", sweep("--activation", "sigmoid", "--widths", "64,256"));
        expectError("(seeds) must be at least 1 and at most 10000, not 0", sweep("--widths", "64,256", "--seeds", "0"));
        expectError("Gradient descent diverged at step", sweep("--lr", "1000", "--widths", "64,256"));
        expectError("Option --out-dir is required", "ntk-sweep", "--n", "8");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
