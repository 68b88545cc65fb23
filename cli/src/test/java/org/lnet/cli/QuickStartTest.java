package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path through the CLI: {@code lnet compare} checked against least squares solved in the test, the
 * version against the Maven project's, progress and JSON layout on and off a terminal, and the messages of issue 16.
 */
class QuickStartTest {

    @TempDir
    Path dir;

    @AfterEach
    void askTheJvmAgain() {
        Terminal.forced = null;
    }

    /** An n x k matrix of seeded uniform numbers in (-1, 1), written with a header of the given names. */
    private static double[][] random(int n, int k, long seed) {
        Random rng = new Random(seed);
        double[][] a = new double[n][k];
        for (double[] row : a) {
            for (int j = 0; j < k; j++) {
                row[j] = 2 * rng.nextDouble() - 1;
            }
        }
        return a;
    }

    private Path csv(String name, String header, double[][] a) throws Exception {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j > 0 ? "," : "").append(row[j]);
            }
            sb.append('\n');
        }
        return CliRunner.write(dir, name, sb.toString());
    }

    /** Solves A z = b (A square, nonsingular) by Gaussian elimination with partial pivoting, column by column of b. */
    private static double[][] solve(double[][] a0, double[][] b0) {
        int k = a0.length;
        double[][] a = new double[k][];
        double[][] b = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = a0[i].clone();
            b[i] = b0[i].clone();
        }
        for (int c = 0; c < k; c++) {
            int p = c;
            for (int i = c + 1; i < k; i++) {
                p = Math.abs(a[i][c]) > Math.abs(a[p][c]) ? i : p;
            }
            double[] t = a[c]; a[c] = a[p]; a[p] = t;
            t = b[c]; b[c] = b[p]; b[p] = t;
            for (int i = c + 1; i < k; i++) {
                double f = a[i][c] / a[c][c];
                for (int j = c; j < k; j++) {
                    a[i][j] -= f * a[c][j];
                }
                for (int j = 0; j < b[i].length; j++) {
                    b[i][j] -= f * b[c][j];
                }
            }
        }
        double[][] z = new double[k][b0[0].length];
        for (int i = k - 1; i >= 0; i--) {
            for (int j = 0; j < z[i].length; j++) {
                double s = b[i][j];
                for (int q = i + 1; q < k; q++) {
                    s -= a[i][q] * z[q][j];
                }
                z[i][j] = s / a[i][i];
            }
        }
        return z;
    }

    /** A^T B. */
    private static double[][] atb(double[][] a, double[][] b) {
        double[][] out = new double[a[0].length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int p = 0; p < a[0].length; p++) {
                for (int q = 0; q < b[0].length; q++) {
                    out[p][q] += a[i][p] * b[i][q];
                }
            }
        }
        return out;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    /**
     * n = 30 > D = 4, m = 2: X has full column rank, so least squares is unique, and the min-norm and OLS columns must
     * both equal the solution of the normal equations X^T X beta = X^T Y, solved here by elimination (agreement to
     * 1e-9: both routes are backward stable on this well-conditioned X, with errors near 1e-15 times its condition).
     * The trained column is held to what convergence implies: ||Theta - beta||_F^2 <= 2 (L - L*) / lambda_min(X^T X),
     * with L, L* from the JSON and lambda_min bounded below in the test by the smallest Gershgorin disc.
     */
    @Test
    void compareMatchesTheNormalEquationsWhenLeastSquaresIsUnique() throws Exception {
        double[][] xa = random(30, 4, 11);
        double[][] ya = random(30, 2, 12);
        for (int i = 0; i < 30; i++) {
            ya[i][0] += 2 * xa[i][0] - xa[i][3];
        }
        Path x = csv("X.csv", "p,q,r,s", xa);
        Path y = csv("Y.csv", "a,b", ya);
        Path out = dir.resolve("table.csv");
        CliRunner r = CliRunner.run("compare", "--x", x.toString(), "--y", y.toString(), "--out", out.toString(),
            "--width", "50", "--seed", "3");
        assertEquals(0, r.code, r.toString());
        double[][] beta = solve(atb(xa, xa), atb(xa, ya));
        List<String> lines = Files.readAllLines(out);
        assertEquals(CompareCommand.CSV_HEADER, lines.get(0));
        assertEquals(1 + 4 * 2, lines.size());
        String[] inputs = {"p", "q", "r", "s"};
        String[] targets = {"a", "b"};
        double sq = 0;
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 4; j++) {
                String[] c = lines.get(1 + k * 4 + j).split(",", -1);
                assertEquals(targets[k], c[0]);
                assertEquals(inputs[j], c[1]);
                assertEquals(beta[j][k], Double.parseDouble(c[2]), 1e-9, "min-norm " + c[0] + "/" + c[1]);
                assertEquals(beta[j][k], Double.parseDouble(c[4]), 1e-9, "OLS " + c[0] + "/" + c[1]);
                double dt = Double.parseDouble(c[3]) - beta[j][k];
                sq += dt * dt;
            }
        }
        double[][] gram = atb(xa, xa);
        double lambdaMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double off = 0;
            for (int j = 0; j < 4; j++) {
                off += i == j ? 0 : Math.abs(gram[i][j]);
            }
            lambdaMin = Math.min(lambdaMin, gram[i][i] - off);
        }
        assertTrue(lambdaMin > 0, "the Gershgorin bound needs a diagonally dominant X^T X: " + lambdaMin);
        double excess = number(r.out, "loss") - number(r.out, "residualLoss");
        // 1e-20: the bound's own rounding when L - L* is at the level of double precision in L
        assertTrue(sq <= 2 * Math.max(excess, 1e-20) / lambdaMin + 1e-20, sq + " vs " + excess);
        assertTrue(r.out.contains("target a\n") && r.out.contains("min-norm X+Y"), r.out);
        assertTrue(r.out.contains("\"olsUnique\":true"), r.out);
    }

    /**
     * n = 5 < D = 8: least squares is not unique, which the table says; the min-norm column must be
     * X^T (X X^T)^{-1} Y (solved here), the fit exact, and the trained Theta no shorter than Theta_hat.
     */
    @Test
    void compareSaysLeastSquaresIsNotUniqueWhenDExceedsN() throws Exception {
        double[][] xa = random(5, 8, 21);
        double[][] ya = random(5, 1, 22);
        Path data = dir.resolve("data.csv");
        StringBuilder sb = new StringBuilder("x1,x2,x3,x4,x5,x6,x7,x8,target\n");
        for (int i = 0; i < 5; i++) {
            for (double v : xa[i]) {
                sb.append(v).append(',');
            }
            sb.append(ya[i][0]).append('\n');
        }
        Files.writeString(data, sb.toString());
        Path out = dir.resolve("t.csv");
        CliRunner r = CliRunner.run("compare", "--data", data.toString(), "--target", "target", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("not unique") && r.out.contains("least norm"), r.out);
        // X X^T z = Y, Theta_hat = X^T z
        double[][] xt = new double[8][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 8; j++) {
                xt[j][i] = xa[i][j];
            }
        }
        double[][] z = solve(atb(xt, xt), ya);
        List<String> lines = Files.readAllLines(out);
        for (int j = 0; j < 8; j++) {
            double expected = 0;
            for (int i = 0; i < 5; i++) {
                expected += xa[i][j] * z[i][0];
            }
            String[] c = lines.get(1 + j).split(",", -1);
            assertEquals("x" + (j + 1), c[1]);
            assertEquals(expected, Double.parseDouble(c[2]), 1e-9);
            assertEquals("", c[4], "no OLS coefficient when it is not unique");
        }
        assertTrue(number(r.out, "trainedNorm") >= number(r.out, "minNormNorm") * (1 - 1e-12), r.out);
        assertTrue(r.out.contains("\"olsUnique\":false"), r.out);
    }

    /** The version printed and in the JSON is the one in the root pom.xml (read here, not through the code). */
    @Test
    void versionIsTheMavenProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>lnet-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        String version = m.group(1);
        for (String arg : new String[] {"--version", "version"}) {
            CliRunner r = CliRunner.run(arg);
            assertEquals(0, r.code, r.toString());
            assertEquals("lnet " + version, r.out.strip());
        }
        Path x = csv("X.csv", "p,q", random(4, 2, 1));
        Path y = csv("Y.csv", "a,b", random(4, 2, 2));
        CliRunner r = CliRunner.run("min-norm", "--x", x.toString(), "--y", y.toString(), "--out", dir.resolve("t.csv").toString());
        assertTrue(r.out.strip().endsWith(",\"version\":\"" + version + "\"}"), r.out);
        assertTrue(CliRunner.run("--help").out.contains("compare"));
    }

    /**
     * Not at a terminal (as under the test runner): no progress on stderr, JSON on one line. A forced terminal:
     * progress on stderr and indented JSON; with --quiet, no progress.
     */
    @Test
    void progressAndJsonLayoutFollowTheTerminal() throws Exception {
        Path x = csv("X.csv", "p,q,r", random(20, 3, 5));
        Path y = csv("Y.csv", "a", random(20, 1, 6));
        String[] compare = {"compare", "--x", x.toString(), "--y", y.toString()};
        CliRunner plain = CliRunner.run(compare);
        assertEquals(0, plain.code, plain.toString());
        assertEquals("", plain.err, "no progress off a terminal");
        String json = plain.out.substring(plain.out.lastIndexOf("\n{") + 1).strip();
        assertFalse(json.contains("\n"), json);

        Terminal.forced = true;
        CliRunner tty = CliRunner.run(compare);
        assertTrue(tty.err.contains("%"), "a progress line: " + tty.err);
        assertTrue(tty.out.contains("{\n  \"n\": 20,\n"), tty.out);
        CliRunner quiet = CliRunner.run(append(compare, "--quiet"));
        assertEquals(0, quiet.code, quiet.toString());
        assertEquals("", quiet.err);
    }

    private static String[] append(String[] a, String s) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = s;
        return out;
    }

    /** Column names go from Y.csv to Theta_hat; U and V are written with a header and read back by train. */
    @Test
    void namesAreCarriedAndLayerFilesHaveHeaders() throws Exception {
        Path x = csv("X.csv", "p,q,r", random(6, 3, 7));
        Path y = csv("Y.csv", "a,b", random(6, 2, 8));
        Path theta = dir.resolve("theta.csv");
        assertEquals(0, CliRunner.run("min-norm", "--x", x.toString(), "--y", y.toString(), "--out", theta.toString()).code);
        assertEquals("a,b", Files.readAllLines(theta).get(0));
        String u = dir.resolve("U.csv").toString();
        String v = dir.resolve("V.csv").toString();
        assertEquals(0, CliRunner.run("init", "--d", "3", "--m", "2", "--width", "4", "--seed", "1", "--out-u", u,
            "--out-v", v).code);
        assertEquals("h1,h2,h3,h4", Files.readAllLines(Path.of(u)).get(0));
        assertEquals("h1,h2,h3,h4", Files.readAllLines(Path.of(v)).get(0));
        CliRunner t = CliRunner.run("train", "--x", x.toString(), "--y", y.toString(), "--u0", u, "--v0", v,
            "--time", "1", "--out-u", dir.resolve("U1.csv").toString(), "--out-v", dir.resolve("V1.csv").toString());
        assertEquals(0, t.code, t.toString());
        List<String> trained = Files.readAllLines(dir.resolve("U1.csv"));
        assertEquals("h1,h2,h3,h4", trained.get(0));
        assertEquals(1 + 3, trained.size());
    }

    /** The messages issue 16 names: separators, --out-dir naming a file, the option (not the parameter) to change. */
    @Test
    void messagesNameWhatToDo() throws Exception {
        Path semi = CliRunner.write(dir, "semi.csv", "a;b\n1;2\n3;4\n");
        CliRunner r = CliRunner.run("min-norm", "--x", semi.toString(), "--y", semi.toString(), "--out", dir.resolve("t.csv").toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("expected commas, found ';'"), r.err);
        Path file = CliRunner.write(dir, "X.csv", "1\n");
        r = CliRunner.run("fig2", "--out-dir", file.toString(), "--time", "1");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--out-dir " + file + " is a file, not a directory"), r.err);
        Path x = csv("X2.csv", "p,q", new double[][] {{10, 0}, {0, 10}, {10, 10}});
        Path y = csv("Y2.csv", "a", new double[][] {{1}, {2}, {3}});
        String u = dir.resolve("U.csv").toString();
        String v = dir.resolve("V.csv").toString();
        assertEquals(0, CliRunner.run("init", "--d", "2", "--m", "1", "--width", "3", "--seed", "1", "--out-u", u, "--out-v", v).code);
        r = CliRunner.run("train", "--x", x.toString(), "--y", y.toString(), "--u0", u, "--v0", v, "--method", "gd",
            "--lr", "10", "--steps", "100", "--out-u", dir.resolve("U2.csv").toString(), "--out-v", dir.resolve("V2.csv").toString());
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("option --lr = 10") && r.err.contains("use a smaller step"), r.err);
        assertFalse(r.err.contains("'lr'"), r.err);
        r = CliRunner.run("compare", "--data", x.toString(), "--target", "c");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("Column 'c' (--target-columns) is not in") && r.err.contains("p, q"), r.err);
        r = CliRunner.run("compare", "--data", x.toString(), "--x", x.toString(), "--target", "p");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--x X.csv --y Y.csv, or as --data DATA.csv --target-columns"), r.err);
        Path y4 = csv("Y4.csv", "a", new double[][] {{1}, {2}, {3}, {4}});
        r = CliRunner.run("compare", "--x", x.toString(), "--y", y4.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("X has 3 rows but Y has 4"), r.err);
    }
}
