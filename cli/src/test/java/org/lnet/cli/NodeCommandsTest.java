package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.data.SyntheticData;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.nodes.Nodes;

/**
 * The node commands: every node is a command whose options are its settings and ports, and a pipeline of nodes run
 * from the command line computes what the math says (predictions X Θ from the Θ table the network writes, recomputed
 * here by a matrix product), with refusals in the node layer's words and no file written.
 */
class NodeCommandsTest {

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    /** Every node has a command, and every setting and port an option of it, with no two the same. */
    @Test
    void everyNodeIsACommandWithAnOptionPerSettingAndPort() {
        for (LinearNetworkNode<?> node : Nodes.all()) {
            String command = NodeOptions.words(node.info().name());
            CliRunner help = CliRunner.run(command, "--help");
            assertEquals(0, help.code, help.toString());
            Set<String> options = new HashSet<>(Set.of("header"));
            for (Parameter s : node.parameters()) {
                assertTrue(options.add(NodeOptions.option(s)), command + " --" + NodeOptions.option(s));
                assertTrue(help.out.contains("--" + NodeOptions.option(s)), command + ": " + s.key());
                assertTrue(help.out.contains(s.label()), command + ": " + s.label());
            }
            for (PortDef in : node.info().inputs()) {
                assertTrue(options.add(NodeOptions.inputOption(in)), command + " " + in.name());
            }
            for (PortDef out : node.info().outputs()) {
                assertTrue(options.add(NodeOptions.outputOption(out)), command + " " + out.name());
                assertTrue(help.out.contains("--" + NodeOptions.outputOption(out)), command + " " + out.name());
            }
        }
        CliRunner overview = CliRunner.run("--help");
        for (LinearNetworkNode<?> node : Nodes.all()) {
            assertTrue(overview.out.contains(NodeOptions.words(node.info().name())), overview.out);
        }
    }

    /**
     * Random initializer -> trainer -> network to table -> table to network -> predictor, as files: the predictions
     * equal X Θ with Θ read from the Θ table and X from the data (a product computed here), so the network file
     * and the U, V tables carry the same network.
     */
    @Test
    void aPipelineOfNodesPredictsXTheta() throws Exception {
        SyntheticData.Pair pair = SyntheticData.figure1(8, 5, 1, 4);
        DMatrixRMaj data = new DMatrixRMaj(8, 6);
        CommonOps_DDRM.insert(pair.x(), data, 0, 0);
        CommonOps_DDRM.insert(pair.y(), data, 0, 5);
        Files.writeString(dir.resolve("data.csv"), MatrixCsv.format(data, List.of("a", "b", "c", "d", "e", "y")));
        run("random-initializer", "--data", p("data.csv"), "--width", "20", "--seed", "3", "--out-linear-network",
            p("n0.lnet"));
        run("gradient-flow-trainer", "--linear-network", p("n0.lnet"), "--data", p("data.csv"), "--time", "50",
            "--records", "2", "--out-trained-network", p("n1.lnet"), "--out-trajectory", p("traj.csv"));
        run("network-to-table", "--linear-network", p("n1.lnet"), "--out-u", p("u.csv"), "--out-v", p("v.csv"),
            "--out-theta", p("theta.csv"));
        run("table-to-network", "--u", p("u.csv"), "--v", p("v.csv"), "--out-linear-network", p("n2.lnet"));
        run("linear-network-predictor", "--linear-network", p("n2.lnet"), "--data", p("data.csv"),
            "--out-predictions", p("pred.csv"));

        DMatrixRMaj theta = matrix(dir.resolve("theta.csv"));
        DMatrixRMaj expected = new DMatrixRMaj(8, 1);
        CommonOps_DDRM.mult(pair.x(), theta, expected);
        List<String> lines = Files.readAllLines(dir.resolve("pred.csv"));
        assertEquals("a,b,c,d,e,y,Prediction (y)", lines.get(0), "the data's columns, then the prediction");
        for (int i = 0; i < 8; i++) {
            String[] cells = lines.get(i + 1).split(",");
            // Θ is written in round-trip precision, so X Θ here and in the node differ by summation order only
            assertEquals(expected.get(i, 0), Double.parseDouble(cells[6]), 1e-12 * (1 + Math.abs(expected.get(i, 0))));
        }
        assertEquals(5, Files.readAllLines(dir.resolve("traj.csv")).size(), "header, start, 2 records, end");
    }

    /** An implicit-width network of width 10^12 goes from init through train and bounds as a network file. */
    @Test
    void implicitWidthReachesInitTrainAndBounds() throws Exception {
        SyntheticData.Pair pair = SyntheticData.figure1(6, 4, 1, 5);
        Files.writeString(dir.resolve("X.csv"), MatrixCsv.format(pair.x(), null));
        Files.writeString(dir.resolve("Y.csv"), MatrixCsv.format(pair.y(), null));
        run("init", "--inputs", "4", "--outputs", "1", "--width", "1e12", "--implicit-width", "--out-network",
            p("wide.lnet"));
        String trained = run("train", "--x", p("X.csv"), "--y", p("Y.csv"), "--network", p("wide.lnet"),
            "--out-network", p("t.lnet"), "--out-theta", p("theta.csv"));
        assertTrue(trained.contains("\"stop\":\"time\""), trained);
        String bounds = run("bounds", "--x", p("X.csv"), "--y", p("Y.csv"), "--network", p("wide.lnet"));
        assertTrue(bounds.contains("\"width\":1000000000000"), bounds);
        CliRunner uv = CliRunner.run("init", "--inputs", "4", "--outputs", "1", "--width", "1e12", "--implicit-width",
            "--out-u", p("U.csv"), "--out-v", p("V.csv"));
        assertEquals(2, uv.code, uv.toString());
        assertTrue(uv.err.contains("--out-network"), uv.err);
    }

    /** A value out of a setting's range is refused in the node layer's words, before any file is written. */
    @Test
    void badSettingsAreTheNodesMessagesAndWriteNothing() {
        CliRunner r = CliRunner.run("random-initializer", "--width", "1.5", "--out-linear-network", p("n.lnet"));
        assertEquals(2, r.code, r.toString());
        assertEquals("lnet random-initializer: Setting 'Width h' (width) must be a whole number such as 42 or 1e6, "
            + "not '1.5'.", r.err.strip());
        assertFalse(Files.exists(dir.resolve("n.lnet")));
        r = CliRunner.run("gradient-flow-trainer", "--data", p("missing.csv"));
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("Option --linear-network is required"), r.err);
        r = CliRunner.run("min-norm-regression", "--method", "gd");
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("Unknown option --method"), r.err);
    }

    /** {@code lnet nodes --json}: one object listing every node in order, settings by key; "version" last. */
    @Test
    void nodesJsonListsEveryNode() {
        CliRunner r = CliRunner.run("nodes", "--json");
        assertEquals(0, r.code, r.toString());
        int at = 0;
        for (LinearNetworkNode<?> node : Nodes.all()) {
            at = r.out.indexOf("\"id\":\"" + node.info().id() + "\"", at);
            assertTrue(at >= 0, node.info().id());
            for (Parameter s : node.parameters()) {
                assertTrue(r.out.indexOf("\"key\":\"" + s.key() + "\"", at) > 0, node.info().id() + " " + s.key());
            }
        }
        assertTrue(r.out.strip().matches("(?s).*,\"version\":\"[^\"]+\"}$"), r.out);
    }

    private static String run(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.code, r.toString());
        return r.out;
    }

    private static DMatrixRMaj matrix(Path file) {
        var t = TableCsv.read(file, "theta", MatrixCsv.Header.YES);
        DMatrixRMaj m = new DMatrixRMaj(t.rows(), t.spec().size());
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.spec().size(); j++) {
                m.set(i, j, t.getDouble(j, i));
            }
        }
        return m;
    }

    @Test
    void tableCsvKeepsRowIds() throws Exception {
        Files.writeString(dir.resolve("u.csv"), "rowId,h1,h2\nx1,1,2\nx2,3,4\n");
        var t = TableCsv.read(dir.resolve("u.csv"), "u", MatrixCsv.Header.AUTO);
        assertEquals(List.of("h1", "h2"), t.spec().names());
        assertEquals("x2", t.rowId(1));
        assertArrayEquals(new double[] {3, 4}, new double[] {t.getDouble(0, 1), t.getDouble(1, 1)});
        assertEquals("rowId,h1,h2\nx1,1.0,2.0\nx2,3.0,4.0\n", TableCsv.format(t));
    }
}
