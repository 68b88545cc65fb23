package org.lnet.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.charts.Charts;

/** The paper reproductions: slopes and bounds as the theory says, files as documented, plots that decode. */
class ReproductionTest {

    @TempDir
    Path dir;

    static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    static void assertValidPng(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 10_000, file + " has " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
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
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 5, "axis and legend text present");
    }

    /**
     * Theorem 2: distance ~ h^-(2 alpha - 1/2) = h^-1/2; a reduced sweep with fixed seeds lands within 0.1. The step
     * keeps the paper's effective step: lr 2.0 at n = 50 on the mean loss is lr 0.8 at n = 20.
     */
    @Test
    void fig1SlopeMatchesTheoryAndFilesAreAsDocumented() throws Exception {
        CliRunner r = CliRunner.run("fig1", "--n", "20", "--d", "80", "--m", "2", "--lr", "0.8", "--widths", "400,1600,6400",
            "--seeds", "3", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertEquals(-0.5, number(r.out, "slope"), 0.1);
        assertEquals(-0.5, number(r.out, "expectedSlope"), 0);
        List<String> csv = Files.readAllLines(dir.resolve("fig1.csv"));
        assertEquals("h,seed,steps,distance,distanceOp,finalLoss,theorem2LogBound,initialU2vNorm,repetition,converged", csv.get(0));
        assertTrue(r.out.contains("\"unconvergedRuns\":0"), r.out);
        assertEquals(1 + 9, csv.size());
        assertValidPng(dir.resolve("fig1.png"));
        assertValidSvg(dir.resolve("fig1.svg"));
    }

    @Test
    void implicitWidthRunsWidthsNoExplicitNetworkCouldHold() throws Exception {
        CliRunner r = CliRunner.run("fig1", "--implicit-width", "--n", "20", "--d", "80", "--m", "2", "--lr", "0.8", "--widths", "1e3,1e5,1e7,1e9",
            "--seeds", "2", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertEquals(-0.5, number(r.out, "slope"), 0.1);
        assertTrue(r.out.contains("\"mode\":\"implicit\""), r.out);
    }

    @Test
    void fig2BoundHoldsAndMoreImbalanceIsFaster() throws Exception {
        CliRunner r = CliRunner.run("fig2", "--out-dir", dir.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("\"boundNeverViolated\":true"), r.out);
        assertTrue(r.out.contains("\"fasterWithLargerC\":true"), r.out);
        assertEquals("case,label,sigmaU,sigmaV,c,theorem1Rate,t,excessLoss,theorem1Bound",
            Files.readAllLines(dir.resolve("fig2.csv")).get(0));
        assertValidPng(dir.resolve("fig2.png"));
        assertValidSvg(dir.resolve("fig2.svg"));
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
        assertTrue(html.contains("Measured against expected"));
        assertTrue(!html.contains("class=no"), "every claim agrees");
    }
}
