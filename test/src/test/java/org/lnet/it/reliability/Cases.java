package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.lnet.it.reliability.Case.Host;
import org.lnet.it.reliability.Case.Op;

/**
 * The one fixture: every input case of issue #7, declared once and run by each host's driver. A case says what the
 * user feeds and what every host must show: a result (checked against the math, and equal bit for bit across
 * hosts), or a refusal whose message contains the given words (the column, the row, the setting, the remedy). Where a
 * host's own message is not the node layer's sentence, the case lists that host's words; otherwise the host must show
 * the node layer's sentence word for word.
 */
final class Cases {

    /** n = 8 samples of D = 4 inputs and one target (n ≥ D). */
    static final Data TALL = Data.regression(8, 4, 1, 11);

    private Cases() {
    }

    static List<Case> all() {
        return List.of(
            Case.of("nan", "NaN in an input cell").data(TALL.withCell(2, "x2", Double.NaN))
                .words(Host.CLI, "X.csv (--x), line 4 column 2 ('x2')", "non-finite value NaN")
                .words(Host.WEKA, "Missing value in input column 'x2', row '3'")
                .error("Non-finite value NaN in input column 'x2', row '3'"),
            Case.of("+inf", "+Infinity in an input cell").data(TALL.withCell(1, "x1", Double.POSITIVE_INFINITY))
                .words(Host.CLI, "X.csv (--x), line 3 column 1 ('x1')", "non-finite value Infinity")
                .error("Non-finite value Infinity in input column 'x1', row '2'"),
            Case.of("-inf", "−Infinity in a target cell").data(TALL.withCell(4, "y1", Double.NEGATIVE_INFINITY))
                .words(Host.CLI, "Y.csv (--y), line 6 column 1 ('y1')", "non-finite value -Infinity")
                .error("Non-finite value -Infinity in target column 'y1', row '5'"),
            Case.of("missing", "a missing input cell").data(TALL.withCell(3, "x3", null))
                .words(Host.CLI, "X.csv (--x), line 5 column 3 ('x3') is empty")
                .error("Missing value in input column 'x3', row '4'"),
            Case.of("text", "a text column chosen as input").data(TALL.withInput("name", true, i -> "n" + i))
                .words(Host.CLI, "X.csv (--x), line 2 column 5 ('name') holds 'n0', which is not a number")
                .error("Column 'name', selected as input, is a text column"),
            Case.of("empty", "a table without rows").data(TALL.rowsCopied())
                .words(Host.CLI, "X.csv (--x) has no data rows")
                .error("The input table has no rows"),
            Case.of("one-row", "a single row").data(TALL.rowsCopied(5)).ok(Cases::singleRow),
            Case.of("duplicates", "duplicate input rows with different targets")
                .data(Data.regression(6, 5, 1, 12).rowsCopied(0, 1, 2, 0, 1, 2).withCell(3, "y1", 1.5)
                    .withCell(4, "y1", -0.5).withCell(5, "y1", 0.25))
                .ok(Cases::duplicates),
            Case.of("constant", "a constant input column (intercept)")
                .data(Data.regression(20, 3, 1, 13).withInput("one", false, i -> 1.0))
                .ok((c, o) -> leastSquares(c, o, 4)),
            Case.of("zero-X", "all inputs zero").data(TALL.withColumnValues("x1", r -> 0.0)
                    .withColumnValues("x2", r -> 0.0).withColumnValues("x3", r -> 0.0).withColumnValues("x4", r -> 0.0))
                .error("X has rank 0"),
            Case.of("tiny X", "inputs of size 1e-310 (λ_r(Σx) = s_r² underflows)")
                .data(TALL.scaled(TALL.inputs(), 1e-310))
                .error("X is too small for double precision", "Rescale the input columns"),
            Case.of("huge Y", "targets of size 1e200 (L* overflows)").data(TALL.scaled(TALL.targets(), 1e200))
                .error("Y is too large for double precision", "Rescale the target columns"),
            Case.of("n>=D", "more samples than inputs (n = 30, D = 5)").data(Data.regression(30, 5, 2, 14))
                .ok((c, o) -> leastSquares(c, o, 5)),
            Case.of("n<D", "fewer samples than inputs (n = 6, D = 10)").data(Data.regression(6, 10, 2, 15))
                .ok(Cases::interpolates),
            Case.of("rank-def", "rank-deficient X (x4 = x1 + x2)")
                .data(Data.regression(20, 4, 1, 16).withColumnValues("x4", r -> (Double) r[0] + (Double) r[1]))
                .ok(Cases::rankDeficient),
            Case.of("x/y-rows", "X and Y of different lengths").data(TALL.withExtraXRows(2))
                .notApplicable(Host.NODE, "one table holds X and Y")
                .notApplicable(Host.WEKA, "one data set holds X and Y")
                .notApplicable(Host.KNIME, "one table holds X and Y")
                .error("X has 10 rows but Y has 8"),
            Case.of("net-D", "network of D = 10 on data with D = 4").op(Op.TRAIN).data(TALL)
                .set("init.inputs", "10", "init.outputs", "1", "init.width", "6")
                .words(Host.CLI, "U0 (--u0) has 10 rows but X (--x) has 4 columns")
                .error("The network has D = 10 inputs", "4 input columns are selected"),
            Case.of("net-m", "network of m = 2 on data with m = 1").op(Op.TRAIN).data(TALL)
                .set("init.inputs", "4", "init.outputs", "2", "init.width", "6")
                .words(Host.CLI, "V0 (--v0) has 2 rows but Y (--y) has 1 columns")
                .error("The network has m = 2 outputs", "1 target columns are selected"),
            Case.of("width 0", "explicit width 0").op(Op.INIT).data(TALL).set("init.width", "0")
                .error("(width) must be at least 1, not 0"),
            Case.of("width -5", "explicit width −5").op(Op.INIT).data(TALL).set("init.width", "-5")
                .error("(width) must be at least 1, not -5"),
            Case.of("width 1e12", "explicit width 10^12 (memory estimate)").op(Op.INIT).data(TALL)
                .set("init.width", "1000000000000")
                .words(Host.CLI, "too large to hold in memory", "--width", "use implicit width")
                .error("too large to hold in memory", "'width'", "use implicit width"),
            Case.of("width 1e12 implicit", "implicit width 10^12").op(Op.INIT).data(TALL)
                .set("init.width", "1000000000000", "init.implicitWidth", "true")
                .notApplicable(Host.CLI, "an implicit-width network has no U, V files (init --implicit-width writes it "
                    + "with --out-network)")
                .ok(Cases::implicitWidth),
            Case.of("huge weights", "a start of σ_U = σ_V = 1e100 (L(0) overflows)").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "init.sigmaU", "1e100", "init.sigmaV", "1e100")
                .error("The network's weights are too large for this data", "Scale the initial weights down"),
            Case.of("Θ overflows", "σ_U = σ_V = 1e160: finite U, V with Θ = UVᵀ beyond double").op(Op.INIT)
                .data(TALL).set("init.width", "6", "init.sigmaU", "1e160", "init.sigmaV", "1e160")
                .error("The network's map Θ = U V^T overflows double precision", "scale the weights down"),
            Case.of("alpha", "α = 0.7 for the bounds (Lemma 1 needs (1/4, 1/2])").op(Op.BOUNDS).data(TALL)
                .set("init.width", "6", "bounds.alpha", "0.7")
                .error("(alpha) must be greater than 0.25 and at most 0.5, not 0.7"),
            Case.of("delta", "δ = 1.5").op(Op.BOUNDS).data(TALL).set("init.width", "6", "bounds.delta", "1.5")
                .error("(delta) must be greater than 0 and less than 1, not 1.5"),
            Case.of("eta", "step η = −0.1").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.method", "gd", "train.lr", "-0.1")
                .error("(lr) must be greater than 0, not -0.1"),
            Case.of("T", "time horizon T = 0").op(Op.TRAIN).data(TALL).set("init.width", "6", "train.time", "0")
                .error("(time) must be greater than 0, not 0.0"),
            Case.of("records", "3·10^6 trajectory points").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.records", "3000000")
                .error("(records) must be at least 0 and at most 1000000, not 3000000"),
            Case.of("diverges", "gradient descent with η = 100 (diverges)").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.method", "gd", "train.lr", "100")
                .words(Host.CLI, "Gradient descent diverged", "option --lr = 100", "largest stable step", "use a smaller step")
                .error("Gradient descent diverged", "parameter 'lr' = 100", "largest stable step"),
            Case.of("train flow", "gradient flow, T = 5").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "init.seed", "7", "train.time", "5", "train.records", "10")
                .ok(Oracles::trained),
            Case.of("train gd", "gradient descent, η = 0.02, 400 steps").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "init.seed", "8", "train.method", "gd", "train.lr", "0.02",
                    "train.steps", "400", "train.records", "10")
                .ok(Oracles::trained),
            Case.of("bounds", "Theorem 1, Lemma 1, Theorem 2 for a random start").op(Op.BOUNDS)
                .data(Data.regression(6, 10, 2, 17)).set("init.width", "40", "init.seed", "9")
                .ok(Oracles::bounds),
            Case.of("sweep", "width sweep h = 16, 128, 1024, 6 runs each (explicit width: each run recomputable)")
                .op(Op.SWEEP).data(Data.regression(6, 10, 2, 18))
                .set("sweep.widths", "16, 128, 1024", "sweep.mode", "explicit", "sweep.seeds", "6", "sweep.lr", "0.05", "sweep.tol", "1e-6",
                    "sweep.steps", "20000", "sweep.threads", "1")
                .notApplicable(Host.CLI, "fig1 sweeps its own synthetic data")
                .ok(Oracles::sweep),
            Case.of("one width", "width sweep with a single width h = 8 (no slope to fit)").op(Op.SWEEP)
                .data(Data.regression(6, 10, 2, 18)).set("sweep.widths", "8", "sweep.threads", "1")
                .notApplicable(Host.CLI, "fig1 sweeps its own synthetic data (its --widths obey the same rule)")
                .error("(widths) needs at least two different widths to fit a slope, not only 8"),
            Case.of("repeated width", "width sweep h = 8, 16, 8").op(Op.SWEEP).data(Data.regression(6, 10, 2, 18))
                .set("sweep.widths", "8, 16, 8", "sweep.threads", "1")
                .notApplicable(Host.CLI, "fig1 sweeps its own synthetic data (its --widths obey the same rule)")
                .error("(widths) lists the width 8 twice: list each width once"),
            Case.of("lr 2f", "a Java-only number form in a setting (η = 2f)").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.method", "gd", "train.lr", "2f")
                .notApplicable(Host.KNIME, KNIME_NUMBER_FIELD)
                .error("(lr) must be a number such as 0.5 or 1e-10, not '2f'"),
            Case.of("hex seed", "a hexadecimal whole number (seed = 0x10)").op(Op.INIT).data(TALL)
                .set("init.width", "6", "init.seed", "0x10")
                .words(Host.KNIME, "For input string: \"0x10\"")
                .error("(seed) must be a whole number such as 42 or 1e6, not '0x10'"),
            Case.of("seed 1e3", "a whole number in scientific notation (seed = 1e3)").op(Op.INIT).data(TALL)
                .set("init.width", "6", "init.seed", "1e3")
                .notApplicable(Host.KNIME, KNIME_NUMBER_FIELD)
                .ok(Cases::seedThousand),
            Case.of("cancel flow", "cancel mid-training (gradient flow)").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.time", "100000", "cancel.at", "gradient flow t", "cancel.after", "5")
                .notApplicable(Host.CLI, CLI_CANCEL).cancelled(),
            Case.of("cancel gd", "cancel mid-training (gradient descent)").op(Op.TRAIN).data(TALL)
                .set("init.width", "6", "train.method", "gd", "train.lr", "0.001", "train.steps", "100000000",
                    "cancel.at", "gradient descent step", "cancel.after", "5")
                .notApplicable(Host.CLI, CLI_CANCEL).cancelled(),
            Case.of("cancel sweep", "cancel mid-sweep (1 thread)").op(Op.SWEEP).data(Data.regression(6, 10, 2, 18))
                .set("sweep.widths", "8, 16, 32", "sweep.seeds", "2", "sweep.lr", "0.05", "sweep.tol", "1e-6",
                    "sweep.steps", "20000", "sweep.threads", "1", "cancel.at", "width sweep: run", "cancel.after", "2")
                .notApplicable(Host.CLI, CLI_CANCEL).cancelled(),
            Case.of("cancel sweep 2", "cancel mid-sweep (2 threads)").op(Op.SWEEP).data(Data.regression(6, 10, 2, 18))
                .set("sweep.widths", "8, 16, 32, 64", "sweep.seeds", "2", "sweep.lr", "0.05", "sweep.tol", "1e-12",
                    "sweep.steps", "200000", "sweep.threads", "2", "cancel.at", "width sweep: run",
                    "cancel.after", "1")
                .notApplicable(Host.CLI, CLI_CANCEL).cancelled());
    }

    static final String CLI_CANCEL = "no cancel: Ctrl-C ends the JVM; a killed run leaves no partial file";
    /** KNIME's own number field reads the text (knime-core DialogComponentNumberEdit → SettingsModel*.setNumberValueStr). */
    static final String KNIME_NUMBER_FIELD = "KNIME's number field reads the text, not the node: Double.valueOf takes 2f as 2.0, "
        + "Long.parseLong refuses 1e3; the node receives a typed double or long";

    /** Shortest readable number for the matrix (bit-identical runs give identical text). */
    static String g(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    // ---- checks of results against the math, on each host's numbers ---------------------------------------------

    static double[][] matrix(Data d, List<String> columns) {
        double[][] m = new double[d.n()][columns.size()];
        for (int i = 0; i < d.n(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                m[i][j] = d.value(i, columns.get(j));
            }
        }
        return m;
    }

    /** X Θ̂ - Y, n x m, from Θ̂ (D x m, row-major). */
    static double[][] residual(Data d, double[] theta) {
        double[][] x = matrix(d, d.inputs());
        double[][] y = matrix(d, d.targets());
        int m = d.targets().size();
        double[][] r = new double[d.n()][m];
        for (int i = 0; i < d.n(); i++) {
            for (int k = 0; k < m; k++) {
                double s = -y[i][k];
                for (int j = 0; j < x[i].length; j++) {
                    s += x[i][j] * theta[j * m + k];
                }
                r[i][k] = s;
            }
        }
        return r;
    }

    static int rank(Outcome o) {
        return (int) o.one("rank");
    }

    /** n < D, full row rank: Θ̂ interpolates, X Θ̂ = Y (to 1e-10: rounding of an SVD solve, cond(X) below 1e2). */
    static String interpolates(Case c, Outcome o) {
        assertEquals(c.data().n(), rank(o));
        for (double[] row : residual(c.data(), o.get("theta"))) {
            for (double v : row) {
                assertEquals(0, v, 1e-10);
            }
        }
        return "rank " + rank(o) + ", XΘ̂ = Y";
    }

    /** n ≥ D: Θ̂ solves the normal equations, X^T (X Θ̂ - Y) = 0 (to 1e-10 for these well-conditioned data). */
    static String leastSquares(Case c, Outcome o, int expectedRank) {
        assertEquals(expectedRank, rank(o));
        normalEquations(c, o);
        return "rank " + rank(o) + ", normal equations hold";
    }

    private static void normalEquations(Case c, Outcome o) {
        double[][] x = matrix(c.data(), c.data().inputs());
        double[][] r = residual(c.data(), o.get("theta"));
        for (int j = 0; j < x[0].length; j++) {
            for (int k = 0; k < r[0].length; k++) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    s += x[i][j] * r[i][k];
                }
                assertEquals(0, s, 1e-10, "X^T (X Θ̂ - Y) at " + j + "," + k);
            }
        }
    }

    /** One row x: the min-norm solution is x y / ||x||^2 (to 1e-12 relative). */
    static String singleRow(Case c, Outcome o) {
        assertEquals(1, rank(o));
        double[] x = matrix(c.data(), c.data().inputs())[0];
        double y = c.data().value(0, "y1");
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        for (int j = 0; j < x.length; j++) {
            assertEquals(x[j] * y / norm, o.get("theta")[j], 1e-12 * Math.abs(y) / Math.sqrt(norm));
        }
        return "rank 1, Θ̂ = x y/‖x‖²";
    }

    /** Three distinct rows, each twice with different targets: rank 3, and X Θ̂ fits each row's mean target. */
    static String duplicates(Case c, Outcome o) {
        assertEquals(3, rank(o));
        double[][] r = residual(c.data(), o.get("theta"));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, r[i][0] + r[i + 3][0], 1e-10, "row " + i + " fits the mean of its two targets");
        }
        assertTrue(o.one("residualLoss") > 0.1, "different targets for the same inputs leave L* > 0");
        return "rank 3, fits the mean target";
    }

    /** x4 = x1 + x2: rank 3, and Θ̂ has no part along the null direction (1, 1, 0, -1) of X. */
    static String rankDeficient(Case c, Outcome o) {
        assertEquals(3, rank(o));
        double[] t = o.get("theta");
        assertEquals(0, t[0] + t[1] - t[3], 1e-10, "Θ̂ is orthogonal to the null space of X");
        normalEquations(c, o);
        return "rank 3, Θ̂ ⟂ null(X)";
    }

    /** An implicit width of 10^12 costs a frame of k = D + m columns; Θ is finite and tiny (entries ~ h^-1/2). */
    static String implicitWidth(Case c, Outcome o) {
        assertEquals(1e12, o.one("width"));
        assertEquals(c.data().inputs().size() + c.data().targets().size(), (int) o.one("k"));
        for (double v : o.get("theta")) {
            assertTrue(Double.isFinite(v) && Math.abs(v) < 1e-3, "Θ entry " + v);
        }
        return "h = 1e12, k = " + (int) o.one("k");
    }

    /** The network drawn with seed 1e3 is, bit for bit, the engine's Gaussian network of seed 1000. */
    static String seedThousand(Case c, Outcome o) {
        var expected = org.lnet.engine.network.Initializers.gaussian(c.data().inputs().size(),
            c.data().targets().size(), 6, 0.5, 1, 1, 1000);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.theta().data, o.get("theta"), "seed 1e3 = 1000");
        return "read as 1000 (Θ = the seed-1000 network's)";
    }

}
