package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.charts.Charts;

/** The paper reproductions: slopes and bounds as the theory says, files as documented, plots that decode. */
@Tag("slow")
class ReproductionTest {

    @TempDir
    Path dir;

    static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    static void assertValidPng(Path file, int width, int height) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 10_000, file + " has " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    static void assertValidPng(Path file) throws Exception {
        assertValidPng(file, Charts.WIDTH, Charts.HEIGHT);
    }

    static void assertValidSvg(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the SVG names the W3C DTD, so its DOCTYPE is allowed; but no DTD or external entity is ever read
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 5, "tick labels present as text");
    }

    /**
     * Figure 1's claims recomputed from fig1.csv alone (h, distance, finalLoss, initialU2vNorm, converged,
     * theorem2LogBound, initialDistanceOp, theorem2Vacuous per run), with α = 1/2 and n < D:
     * <ul>
     * <li>the least-squares slope of log distance on log h, fitted here, lies within 3 of its standard errors (also
     * computed here from the rows' residuals) of 1/2 − 2α = −1/2, theory's rate (docs/MATH.md §7: at α = 1/2 both the
     * leading term ‖U2(0)V(0)^T‖_F and the training term are of order h^(−1/2), so the slope is expected near −1/2 at
     * these widths, h ≥ 5 D); a normal deviate beyond 3 has probability 0.3%; the reported slope and standard error
     * are the fit's;</li>
     * <li>h ‖U2(0)V(0)^T‖_F² has mean (D − r) m exactly (each entry of U2(0)V(0)^T is a sum of h products of
     * independent N(0, 1/h) variables); the runs' mean ratio to it is 1 within 3 standard errors of the mean, the
     * errors computed from the ratios' sample spread;</li>
     * <li>X has full row rank (n < D), so L* = 0 and a run has converged exactly when its final loss is at most the
     * tolerance 1e-10;</li>
     * <li>Theorem 2 is vacuous in a run exactly when its log bound is not below log ‖U(0)V(0)^T − Θ̂‖_2.</li>
     * </ul>
     *
     * @param summary the command's JSON summary, whose slope, standard error and leading-term slope must be the
     *                fit's; null where the summary is not at hand (reproduce writes it into its report)
     * @return the slope and its standard error, as fitted here
     */
    static double[] checkFigure1FromItsRows(Path csvFile, int d, int m, int n, String summary) throws Exception {
        List<String> lines = Files.readAllLines(csvFile);
        List<String> header = List.of(lines.get(0).split(","));
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        java.util.function.BiFunction<String[], String, Double> col = (row, name) -> {
            assertTrue(header.contains(name), name + " in " + header);
            return Double.parseDouble(row[header.indexOf(name)]);
        };
        double[] logH = new double[rows.size()];
        double[] logDistance = new double[rows.size()];
        double[] logU2v = new double[rows.size()];
        double[] ratio = new double[rows.size()];
        int r = Math.min(n, d);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            double h = col.apply(row, "h");
            logH[i] = Math.log(h);
            logDistance[i] = Math.log(col.apply(row, "distance"));
            double u2v = col.apply(row, "initialU2vNorm");
            logU2v[i] = Math.log(u2v);
            ratio[i] = h * u2v * u2v / ((d - r) * m);
            boolean converged = col.apply(row, "finalLoss") <= 1e-10;
            assertEquals(converged, Boolean.parseBoolean(row[header.indexOf("converged")]), "converged: " + lines.get(i + 1));
            assertTrue(converged, "every run reaches the tolerance: " + lines.get(i + 1));
            boolean vacuous = !(col.apply(row, "theorem2LogBound") < Math.log(col.apply(row, "initialDistanceOp")));
            assertEquals(vacuous, Boolean.parseBoolean(row[header.indexOf("theorem2Vacuous")]), lines.get(i + 1));
        }
        double[] fit = fit(logH, logDistance);
        if (summary != null) {
            assertEquals(fit[0], number(summary, "slope"), 1e-9, "the reported slope is the fit of the rows");
            assertEquals(fit[1], number(summary, "slopeStandardError"), 1e-9, "the reported standard error is the fit's");
            assertEquals(fit(logH, logU2v)[0], number(summary, "initialU2vSlope"), 1e-9, "the leading term's slope");
        }
        assertEquals(-0.5, fit[0], 3 * fit[1], csvFile.getFileName() + ": slope " + fit[0] + " ± " + fit[1]
            + " against 1/2 − 2α = −1/2");
        double mean = 0;
        for (double q : ratio) {
            mean += q / ratio.length;
        }
        double var = 0;
        for (double q : ratio) {
            var += (q - mean) * (q - mean) / (ratio.length - 1);
        }
        assertEquals(1, mean, 3 * Math.sqrt(var / ratio.length), "h ||U2(0)V(0)^T||_F^2 / ((D − r) m) over the runs");
        return fit;
    }

    /**
     * Least squares y = a + b x over all points, by Commons Math (independent of the engine's fit): {b, its standard
     * error sqrt(Σe²/(N − 2) / Σ(x − x̄)²)}.
     */
    static double[] fit(double[] xs, double[] ys) {
        org.apache.commons.math3.stat.regression.SimpleRegression r =
            new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (int i = 0; i < xs.length; i++) {
            r.addData(xs[i], ys[i]);
        }
        return new double[] {r.getSlope(), r.getSlopeStdErr()};
    }

    /**
     * fig1 on small data: its claims recomputed from fig1.csv ({@link #checkFigure1FromItsRows}); the files as
     * documented; Theorem 2 named a bound, never an expectation. The step keeps the default's effective step on the
     * mean loss: lr 0.5 at n = 50 is lr 0.2 at n = 20.
     */
    @Test
    void fig1SlopeMatchesTheReferenceAndFilesAreAsDocumented() throws Exception {
        CliRunner r = CliRunner.run("fig1", "--n", "20", "--d", "80", "--m", "2", "--lr", "0.2", "--widths", "400,1600,6400",
            "--seeds", "3", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(!r.out.contains("expectedSlope"), "Theorem 2 is a bound, not an expectation: " + r.out);
        List<String> csv = Files.readAllLines(dir.resolve("fig1.csv"));
        assertEquals(Fig1Command.CSV_HEADER, csv.get(0));
        assertEquals(1 + 9, csv.size());
        checkFigure1FromItsRows(dir.resolve("fig1.csv"), 80, 2, 20, r.out);
        assertValidPng(dir.resolve("fig1.png"));
        assertValidSvg(dir.resolve("fig1.svg"));
    }

    /**
     * Implicit width reaches widths no explicit network could hold, and its rows satisfy the same recomputed claims.
     * Six runs per width: with two, the least-squares standard error is too rough to be a tolerance.
     */
    @Test
    void implicitWidthRunsWidthsNoExplicitNetworkCouldHold() throws Exception {
        CliRunner r = CliRunner.run("fig1", "--implicit-width", "--n", "20", "--d", "80", "--m", "2", "--lr", "0.2", "--widths", "1e3,1e5,1e7,1e9",
            "--seeds", "6", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("\"mode\":\"implicit\""), r.out);
        checkFigure1FromItsRows(dir.resolve("fig1.csv"), 80, 2, 20, r.out);
    }

    /** The paper's setting by default (descent on the mean loss); Figure 2's claims recomputed from fig2.csv. */
    @Test
    void fig2BoundHoldsAndMoreImbalanceIsFaster() throws Exception {
        CliRunner r = CliRunner.run("fig2", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("\"method\":\"gd\"") && r.out.contains("\"lossConvention\":\"mean\""), r.out);
        List<String> csv = Files.readAllLines(dir.resolve("fig2.csv"));
        assertEquals(Fig2Command.CSV_HEADER, csv.get(0));
        assertTrue(csv.get(0).endsWith(",boundHolds"));
        checkFigure2FromItsRows(csv.subList(1, csv.size()), 2.0 / 10);  // mean loss on n = 10 samples
        assertValidPng(dir.resolve("fig2.png"));
        assertValidSvg(dir.resolve("fig2.svg"));
    }

    /** The exact flow and the sum loss are options; the flow's rates match descent's within a few per cent. */
    @Test
    void fig2TakesTheFlowAndTheSumLossAsOptions() throws Exception {
        CliRunner gd = CliRunner.run("fig2", "--out-dir", dir.resolve("gd").toString());
        CliRunner flow = CliRunner.run("fig2", "--method", "flow", "--out-dir", dir.resolve("flow").toString());
        CliRunner sum = CliRunner.run("fig2", "--loss", "sum", "--time", "20", "--out-dir", dir.resolve("sum").toString());
        for (String run : List.of("gd", "flow", "sum")) {
            CliRunner r = run.equals("gd") ? gd : run.equals("flow") ? flow : sum;
            assertEquals(0, r.code, r.toString());
            List<String> csv = Files.readAllLines(dir.resolve(run).resolve("fig2.csv"));
            checkFigure2FromItsRows(csv.subList(1, csv.size()), run.equals("sum") ? 1 : 2.0 / 10);
        }
        assertTrue(sum.out.contains("\"lossConvention\":\"sum\""), sum.out);
        double descentRate = number(gd.out, "measuredRate");
        assertEquals(number(flow.out, "measuredRate"), descentRate, 0.02 * descentRate, "first case, descent vs flow");
    }

    /** Two runs of the same command write the same SVG bytes (ids from the file name, not from a clock). */
    @Test
    void identicalRunsWriteIdenticalSvgs() throws Exception {
        for (String run : List.of("a", "b")) {
            assertEquals(0, CliRunner.run("fig2", "--records", "40", "--time", "30", "--out-dir", dir.resolve(run).toString()).code);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/fig2.svg")), Files.readAllBytes(dir.resolve("b/fig2.svg")));
    }

    @Test
    void figureSizeAndResolutionAreOptions() throws Exception {
        CliRunner r = CliRunner.run("fig2", "--size", "800x500", "--dpi", "192", "--records", "40", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertValidPng(dir.resolve("fig2.png"), 1600, 1000);
        assertTrue(Files.readString(dir.resolve("fig2.svg")).contains("width='800.0'"), "SVG at the layout size");
        CliRunner bad = CliRunner.run("fig2", "--size", "800", "--out-dir", dir.toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("--size"), bad.err);
    }

    @Test
    void reproduceWritesTheReportWithEveryFigure() throws Exception {
        CliRunner r = CliRunner.run("reproduce", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        String html = Files.readString(dir.resolve("index.html"));
        for (String name : List.of("fig1", "fig1-implicit", "fig2")) {
            assertTrue(html.contains("src=\"" + name + ".png\""), name);
            assertValidPng(dir.resolve(name + ".png"));
            assertValidSvg(dir.resolve(name + ".svg"));
            assertTrue(Files.size(dir.resolve(name + ".csv")) > 100);
        }
        assertTrue(Files.size(dir.resolve("fig1-flow.csv")) > 100);
        assertTrue(html.contains("Measured against expected"));
        assertTrue(html.contains("Descent against the exact flow") && html.contains("generated (UTC)")
            && html.contains("run time") && html.contains("lnet "), "provenance and the descent-flow gap");
        assertTrue(!html.contains("&plusmn; 0.1<"), "no fixed tolerance");
        // the report's claims, recomputed from the CSV files it wrote (the paper's setting: n = 50, D = 200, m = 5)
        checkFigure1FromItsRows(dir.resolve("fig1.csv"), 200, 5, 50, null);
        checkFigure1FromItsRows(dir.resolve("fig1-implicit.csv"), 200, 5, 50, null);
        List<String> fig2 = Files.readAllLines(dir.resolve("fig2.csv"));
        checkFigure2FromItsRows(fig2.subList(1, fig2.size()), 2.0 / 10);
        // the descent-vs-flow gap of the report, recomputed from the two CSV files: within 1% at every run
        List<String> gd = Files.readAllLines(dir.resolve("fig1.csv"));
        List<String> flow = Files.readAllLines(dir.resolve("fig1-flow.csv"));
        assertEquals(gd.size(), flow.size());
        for (int i = 1; i < gd.size(); i++) {
            double a = Double.parseDouble(gd.get(i).split(",")[3]);
            double b = Double.parseDouble(flow.get(i).split(",")[3]);
            assertEquals(gd.get(i).split(",")[1], flow.get(i).split(",")[1], "same seed");
            assertEquals(b, a, 0.01 * b, "row " + i);
        }
    }

    /**
     * Figure 2's claims recomputed from its CSV rows alone (case, label, sigmaU, sigmaV, c, theorem1Rate, t,
     * excessLoss, theorem1Bound, boundHolds), for data with Σx = I and the loss convention's time factor g (2/n for
     * the mean loss, 1 for the sum):
     * the bound column is (L(0) − L*) exp(−2 λ_r(Σx) c g t) with λ_r = 1; each row's L − L* is below it up to
     * relative rounding 1e-9, or below the floor 1e-12 (L(0) − L*) where rounding dominates; boundHolds says exactly
     * that; and the time to fall by 10⁶ decreases as c grows, the balanced start (c = 0) last.
     */
    static void checkFigure2FromItsRows(List<String> rows, double g) {
        java.util.Map<Integer, List<double[]>> cases = new java.util.TreeMap<>();
        for (String line : rows) {
            // the label is quoted and holds commas: the numbers are the cells before it and after it
            int open = line.indexOf('"');
            int close = line.indexOf('"', open + 1);
            int id = Integer.parseInt(line.substring(0, open - 1));
            String[] rest = line.substring(close + 2).split(",");
            double[] v = new double[7];
            for (int i = 0; i < 6; i++) {
                v[i] = Double.parseDouble(rest[i]);  // sigmaU, sigmaV, c, rate, t, excess
            }
            v[6] = Double.parseDouble(rest[6]);      // bound
            cases.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(v);
            boolean holds = Boolean.parseBoolean(rest[7]);
            double floor = 1e-12 * cases.get(id).get(0)[5];
            boolean expected = v[5] <= v[6] * (1 + 1e-9) || v[5] <= floor;
            assertEquals(expected, holds, "boundHolds of row " + line);
            assertTrue(expected, "Theorem 1 violated above the rounding floor: " + line);
        }
        List<double[]> fallTimes = new java.util.ArrayList<>();
        for (List<double[]> c : cases.values()) {
            double start = c.get(0)[5];
            for (double[] v : c) {
                assertEquals(2 * v[2] * g, v[3], 1e-12 * Math.max(1, v[3]), "rate = 2 λ_r c g");
                assertEquals(start * Math.exp(-v[3] * v[4]), v[6], 1e-9 * start, "the bound at t = " + v[4]);
            }
            double fall = Double.POSITIVE_INFINITY;
            for (double[] v : c) {
                if (v[5] <= 1e-6 * start) {
                    fall = v[4];
                    break;
                }
            }
            fallTimes.add(new double[] {c.get(0)[2], fall});
        }
        fallTimes.sort((a, b) -> Double.compare(a[0], b[0]));
        assertEquals(0, fallTimes.get(0)[0], 0, "the balanced start has c = 0");
        for (int i = 1; i < fallTimes.size(); i++) {
            assertTrue(fallTimes.get(i)[1] < fallTimes.get(i - 1)[1], "larger c falls faster: c = " + fallTimes.get(i)[0]
                + " took " + fallTimes.get(i)[1] + ", c = " + fallTimes.get(i - 1)[0] + " took " + fallTimes.get(i - 1)[1]);
        }
    }

}
