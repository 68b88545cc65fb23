package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;

/** End-to-end runs of each command on small files, checked against the engine and against the math. */
class CommandsTest {

    @TempDir
    Path dir;
    Path x;
    Path y;
    DMatrixRMaj xm;
    DMatrixRMaj ym;

    @BeforeEach
    void data() throws Exception {
        SyntheticData.Pair pair = SyntheticData.figure1(6, 14, 2, 3);
        xm = pair.x();
        ym = pair.y();
        x = dir.resolve("X.csv");
        y = dir.resolve("Y.csv");
        Files.writeString(x, MatrixCsv.format(xm, MinNormCommand.names("x", 14)));
        Files.writeString(y, MatrixCsv.format(ym, null));
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void minNormWritesThetaHatAndReportsRankAndResidual() {
        CliRunner r = CliRunner.run("min-norm", "--x", x.toString(), "--y", y.toString(), "--out", p("theta.csv"));
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.startsWith("{\"rank\":6,\"residualLoss\":"), r.out);
        assertTrue(r.out.contains("\"singularValues\":["), r.out);
        DMatrixRMaj theta = MatrixCsv.read(dir.resolve("theta.csv"), "out", MatrixCsv.Header.AUTO);
        // X Theta_hat = Y exactly when D > n and X has full row rank
        DMatrixRMaj fit = new DMatrixRMaj(6, 2);
        org.ejml.dense.row.CommonOps_DDRM.mult(xm, theta, fit);
        for (int i = 0; i < fit.data.length; i++) {
            assertEquals(ym.data[i], fit.data[i], 1e-12);
        }
    }

    @Test
    void initIsSeededAndTrainReportsWhatTheIssueNames() throws Exception {
        String[] init = {"init", "--d", "14", "--m", "2", "--width", "40", "--seed", "7", "--out-u", p("U.csv"), "--out-v", p("V.csv")};
        assertEquals(0, CliRunner.run(init).code);
        byte[] first = Files.readAllBytes(dir.resolve("U.csv"));
        assertEquals(0, CliRunner.run(init).code);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("U.csv")));
        DMatrixRMaj u = MatrixCsv.read(dir.resolve("U.csv"), "u", MatrixCsv.Header.AUTO);
        assertEquals(14, u.numRows);
        assertEquals(40, u.numCols);

        CliRunner flow = CliRunner.run("train", "--x", x.toString(), "--y", y.toString(), "--u0", p("U.csv"), "--v0", p("V.csv"),
            "--time", "30", "--out-u", p("Ut.csv"), "--out-v", p("Vt.csv"), "--trajectory", p("traj.csv"));
        assertEquals(0, flow.code, flow.toString());
        for (String key : List.of("\"loss\":", "\"residualLoss\":", "\"distanceToMinNorm\":", "\"imbalanceDrift\":", "\"evaluations\":")) {
            assertTrue(flow.out.contains(key), key + " in " + flow.out);
        }
        List<String> lines = Files.readAllLines(dir.resolve("traj.csv"));
        assertEquals("t,loss,excessLoss,theorem1Bound,u2vNorm,distanceToMinNorm,imbalanceDrift,boundHolds", lines.get(0));
        assertEquals(1 + 102, lines.size(), "start, 100 records, end");
        double excess0 = Double.parseDouble(lines.get(1).split(",")[2]);
        for (String line : lines.subList(1, lines.size())) {
            // the rule the usage states: within the bound (slack 1e-9), or at most 1e-12 (L(0) - L*)
            String[] v = line.split(",");
            double excess = Double.parseDouble(v[2]);
            boolean holds = excess <= Double.parseDouble(v[3]) * (1 + 1e-9) || excess <= 1e-12 * excess0;
            assertEquals(Boolean.toString(holds), v[7], line);
        }

        CliRunner gd = CliRunner.run("train", "--x", x.toString(), "--y", y.toString(), "--u0", p("U.csv"), "--v0", p("V.csv"),
            "--method", "gd", "--lr", "0.05", "--steps", "300", "--out-u", p("Ug.csv"), "--out-v", p("Vg.csv"));
        assertEquals(0, gd.code, gd.toString());
        assertTrue(gd.out.contains("\"steps\":300"), gd.out);

        // the node's time horizon is the flow's: gradient descent runs its --steps (time = lr * steps = 15)
        assertTrue(gd.out.contains("\"time\":15.0") || gd.out.contains("\"time\":15,"), gd.out);
    }

    @Test
    void boundsReportsTheoremAndLemmaTerms() {
        assertEquals(0, CliRunner.run("init", "--d", "14", "--m", "2", "--width", "500", "--seed", "1",
            "--out-u", p("U.csv"), "--out-v", p("V.csv")).code);
        CliRunner r = CliRunner.run("bounds", "--x", x.toString(), "--y", y.toString(), "--u0", p("U.csv"), "--v0", p("V.csv"));
        assertEquals(0, r.code, r.toString());
        for (String key : List.of("c", "lambdaR", "lambdaM", "sigmaMinSq", "theorem1Rate", "lemma1", "eq17", "eq18", "eq19",
            "lhs", "rhs", "holds", "theorem2LogBound", "theorem2Vacuous")) {
            assertTrue(r.out.contains("\"" + key + "\":"), key + " in " + r.out);
        }
        double sMin = DataDecomposition.of(xm, ym).sigmaMinSq();
        assertTrue(r.out.contains("\"sigmaMinSq\":" + sMin), r.out);
    }

    @Test
    void balancedAndInvariantInitializations() throws Exception {
        DMatrixRMaj theta0 = new DMatrixRMaj(14, 2);
        for (int i = 0; i < theta0.data.length; i++) {
            theta0.data[i] = Math.sin(i + 1.0);
        }
        Files.writeString(dir.resolve("T0.csv"), MatrixCsv.format(theta0, null));
        CliRunner b = CliRunner.run("init", "--balanced", "--theta", p("T0.csv"), "--x", x.toString(), "--width", "12",
            "--seed", "3", "--out-u", p("Ub.csv"), "--out-v", p("Vb.csv"));
        assertEquals(0, b.code, b.toString());
        DMatrixRMaj uv = new DMatrixRMaj(14, 2);
        org.ejml.dense.row.CommonOps_DDRM.multTransB(MatrixCsv.read(dir.resolve("Ub.csv"), "u", MatrixCsv.Header.AUTO), MatrixCsv.read(dir.resolve("Vb.csv"), "v", MatrixCsv.Header.AUTO), uv);
        for (int i = 0; i < uv.data.length; i++) {
            assertEquals(theta0.data[i], uv.data[i], 1e-12);
        }
        CliRunner inv = CliRunner.run("init", "--d", "14", "--m", "2", "--width", "20", "--seed", "3", "--invariant", "--x", x.toString(),
            "--out-u", p("Ui.csv"), "--out-v", p("Vi.csv"));
        assertEquals(0, inv.code, inv.toString());
        DataDecomposition data = DataDecomposition.of(xm, ym);
        DMatrixRMaj outside = data.complementPart(MatrixCsv.read(dir.resolve("Ui.csv"), "u", MatrixCsv.Header.AUTO));
        for (double v : outside.data) {
            assertEquals(0, v, 1e-14);
        }
    }
}
