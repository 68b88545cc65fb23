package org.lnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The local command of docs/SPARK.md, taken from the document and run as written with bash from the repository root
 * (the built job jar and the local runner, no Spark installation): it exits 0, prints JSON, and its Θ̂ and predictions
 * match a least-squares fit of the same CSV by Commons Math's Householder QR (n = 40 > D = 7, full rank, so Θ̂ is the
 * least-squares solution; κ is small, so both agree to ~1e-14 and 1e-10 leaves room).
 */
@Tag("slow")
class DocumentedCommandIT {

    static final Path ROOT = Path.of(System.getProperty("lnet.root", "..")).toAbsolutePath().normalize();

    /** The first bash block after the local-command marker. */
    static String documentedCommand() throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/SPARK.md"));
        int marker = doc.indexOf("<!-- local-command:");
        assertTrue(marker >= 0, "docs/SPARK.md has no local-command marker");
        int start = doc.indexOf("```bash\n", marker) + "```bash\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    /**
     * Bad input through the local runner: exit code 2 and the node layer's message on stderr as the last line, no
     * stack trace, no Θ̂ file.
     */
    @Test
    void badInputGivesTheMessageAndExitCode2() throws Exception {
        Path theta = Files.createTempDirectory("lnet-spark-it").resolve("theta.csv");
        Process p = new ProcessBuilder("spark/lnet-spark", "min-norm", "--data", "examples/weka/data/regression.csv",
            "--x-columns", "x1,nope", "--out-theta", theta.toString()).directory(ROOT.toFile()).start();
        p.getInputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(2, p.exitValue(), err);
        String last = err.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("lnet-spark min-norm: Column 'nope', selected as input, is not in the input table"), err);
        assertTrue(!err.contains("\tat "), "no stack trace: " + err);
        assertTrue(!Files.exists(theta));
    }

    @Test
    void theDocumentedLocalCommandWorksAsWritten() throws Exception {
        String command = documentedCommand();
        Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", command).directory(ROOT.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the documented command did not finish");
        assertEquals(0, p.exitValue(), "exit code of:\n" + command + "\nstdout:\n" + out);
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        JsonNode minNorm = new ObjectMapper().readTree(lines[0]);
        assertEquals(40, minNorm.get("n").asInt());
        assertEquals(7, minNorm.get("rank").asInt());

        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("examples/weka/data/regression.csv")).subList(1, 41)) {
            rows.add(java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        double[][] x = new double[40][7];
        double[][] y = new double[40][1];
        for (int i = 0; i < 40; i++) {
            System.arraycopy(rows.get(i), 0, x[i], 0, 7);
            y[i][0] = rows.get(i)[7];
        }
        RealMatrix theta = new QRDecomposition(new Array2DRowRealMatrix(x)).getSolver().solve(new Array2DRowRealMatrix(y));
        List<String> written = Files.readAllLines(Path.of("/tmp/lnet-spark/theta.csv"));
        assertEquals("input,y", written.get(0));
        for (int j = 0; j < 7; j++) {
            String[] cells = written.get(j + 1).split(",");
            assertEquals(theta.getEntry(j, 0), Double.parseDouble(cells[1]), 1e-10 * Math.abs(theta.getEntry(j, 0)), cells[0]);
        }

        Path predictions;
        try (var files = Files.list(Path.of("/tmp/lnet-spark/predictions"))) {
            predictions = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        List<String> predicted = Files.readAllLines(predictions);
        assertEquals("x1,x2,x3,x4,x5,x6,one,y,Prediction (y)", predicted.get(0));
        assertEquals(41, predicted.size());
        RealMatrix fitted = new Array2DRowRealMatrix(x).multiply(theta);
        for (int i = 0; i < 40; i++) {
            String[] cells = predicted.get(i + 1).split(",");
            assertEquals(fitted.getEntry(i, 0), Double.parseDouble(cells[8]), 1e-10 * (1 + Math.abs(fitted.getEntry(i, 0))));
        }
    }
}
