package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.lnet.it.reliability.Case.Host;
import org.lnet.weka.Capture;
import org.lnet.weka.KfRun;
import org.lnet.weka.steps.MinNormRegressionStep;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.MemoryBasedDataSource;

/**
 * The matrix row of a table of 10^6 rows (8 inputs, 1 target). Bounded memory is shown, not assumed: the node layer
 * runs in a child JVM whose heap holds the table (72 MB of doubles) but not the table plus one n x D copy (the child
 * proves that by failing to allocate such a copy afterwards), and the CLI runs in a child JVM whose heap (32 MB) is
 * smaller than X itself (64 MB), on CSV files generated into target/reliability. Weka holds data sets in memory by
 * design, so it runs in this JVM; all three must give the same Θ̂, bit for bit.
 */
final class BigTable {

    static final String ID = "10^6 rows";
    static final String NODE_HEAP = "-Xmx128m";
    static final String CLI_HEAP = "-Xmx32m";

    private BigTable() {
    }

    static void run(MatrixDoc doc, Path dir) throws Exception {
        doc.declare(ReliabilityMatrixTest.INPUTS, ID, "a table of 10^6 rows × 8 inputs + 1 target (min-norm; node "
            + "layer also trainer and bounds)");
        Files.createDirectories(dir);

        Map<String, String> node = child(dir, "node", NODE_HEAP, BigTableMain.class.getName());
        double[] theta = numbers(node.get("theta"));
        assertEquals("1000000", node.get("rows"));
        assertEquals("8.0", node.get("rank"));
        assertEquals("true", node.get("trainedExcessLossFalls"));
        assertTrue(Double.isFinite(Double.parseDouble(node.get("boundsC"))));
        assertEquals("false", node.get("copyFits"), "an n x D copy must not fit beside the table in " + NODE_HEAP
            + ", or this run would not show that the nodes made none");
        for (int j = 0; j < theta.length; j++) {
            // 10^6 samples with noise of variance 1/12 pin each coefficient to about 1e-4
            assertEquals(BigTableMain.THETA[j], theta[j], 1e-2, "Θ̂_" + j);
        }
        doc.cell(ReliabilityMatrixTest.INPUTS, ID, Host.NODE, "ok: rank 8, trained, bounds, in " + NODE_HEAP
            + " (child JVM; an n×D copy does not fit there)");

        Path x = dir.resolve("X-1e6.csv");
        Path y = dir.resolve("Y-1e6.csv");
        writeCsv(x, y);
        Path out = dir.resolve("theta-1e6.csv");
        Files.deleteIfExists(out);
        Map<String, String> cli = child(dir, "cli", CLI_HEAP, "org.lnet.cli.Main", "min-norm", "--x", x.toString(),
            "--y", y.toString(), "--out", out.toString());
        assertTrue(cli.get("stdout").contains("\"rank\":8,"), cli.get("stdout"));
        assertArrayEquals(theta, Results.csv(Files.readString(out), false).all(), "CLI Θ̂ = node layer's");
        doc.cell(ReliabilityMatrixTest.INPUTS, ID, Host.CLI, "ok: rank 8 in " + CLI_HEAP
            + " (child JVM; X alone is 64 MB), Θ̂ = node layer");

        doc.cell(ReliabilityMatrixTest.INPUTS, ID, Host.KNIME, "ok: node layer's result (not run); the adapter first "
            + "copies the KNIME table into a neutral table of n·(D+m) doubles");

        assertArrayEquals(theta, weka(), "Weka Θ̂ = node layer's");
        doc.cell(ReliabilityMatrixTest.INPUTS, ID, Host.WEKA, "ok: rank 8, Θ̂ = node layer (Weka holds the data set "
            + "in memory)");
    }

    private static double[] numbers(String csv) {
        String[] parts = csv.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    /** X and Y of the million rows, as the CLI reads them: a line of names, then the rows. */
    private static void writeCsv(Path x, Path y) throws IOException {
        try (BufferedWriter wx = Files.newBufferedWriter(x); BufferedWriter wy = Files.newBufferedWriter(y)) {
            wx.write(String.join(",", BigTableMain.inputs()) + "\n");
            wy.write("y\n");
            StringBuilder line = new StringBuilder();
            BigTableMain.rows(row -> {
                line.setLength(0);
                for (int j = 0; j < BigTableMain.D; j++) {
                    line.append(j == 0 ? "" : ",").append(row[j]);
                }
                try {
                    wx.append(line).append('\n');
                    wy.write(Double.toString(row[BigTableMain.D]));
                    wy.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs a main class in a child JVM with this test's classpath; returns its RESULT lines and its stdout. */
    private static Map<String, String> child(Path dir, String name, String heap, String main, String... args)
        throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // G1 named, not left to the machine's ergonomics, so the heap's layout (and what fits) is the same everywhere
            heap, "-XX:+UseG1GC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " child JVM did not finish; see " + log);
        }
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), name + " child JVM (" + heap + ") failed:\n" + output);
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith("RESULT ")) {
                int eq = line.indexOf('=');
                results.put(line.substring(7, eq), line.substring(eq + 1));
            }
        }
        results.put("stdout", output);
        return results;
    }

    /** Min-Norm Regression on the million rows as a Weka data set, through a flow. */
    private static double[] weka() {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (String n : BigTableMain.inputs()) {
            atts.add(new Attribute(n));
        }
        atts.add(new Attribute("y"));
        Instances data = new Instances("million", atts, BigTableMain.N);
        BigTableMain.rows(row -> data.add(new DenseInstance(1, row.clone())));
        MemoryBasedDataSource source = new MemoryBasedDataSource();
        source.setName("Data");
        source.setInstances(data);
        MinNormRegressionStep step = new MinNormRegressionStep();
        step.setInputColumns(String.join(", ", BigTableMain.inputs()));
        step.setTargetColumns("y");
        Flow flow = KfRun.flow(source, step, new Capture("Out"));
        KfRun.connect(flow, "Data", step.getName(), StepManager.CON_DATASET);
        KfRun.connect(flow, step.getName(), "Out", StepManager.CON_TEXT);
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        KfRun run = KfRun.run(flow, Map.of(), (r, line) -> { }, log -> WekaHost.delivered(out) >= 2
            || log.stream().anyMatch(l -> l.startsWith("[ERROR]")));
        assertTrue(run.ok(), run.toString());
        List<String> text = out.payloads(StepManager.CON_TEXT);
        assertEquals(8.0, Results.csv(text.get(1), true).named("rank", "value"));
        return Results.csv(text.get(0), true).columns(List.of("y"));
    }
}
