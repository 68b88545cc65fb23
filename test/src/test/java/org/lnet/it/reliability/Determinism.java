package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.lnet.cli.Main;
import org.lnet.it.reliability.Case.Host;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.PortValue;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.Table;
import org.lnet.weka.Capture;
import org.lnet.weka.KfRun;
import org.lnet.weka.steps.WidthSweepStep;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.StepManager;

/**
 * Same seed and settings give bit-identical numbers: across two runs on each host, across hosts (the cases' results,
 * compared double for double with the node layer's), and across the width sweep's thread counts. Doubles are compared
 * exactly ({@code assertArrayEquals} on double[] compares bits), never within a tolerance; the CLI and Weka print
 * doubles in round-trip precision, so their text holds the same bits.
 */
final class Determinism {

    static final String SECTION = "Determinism";

    private Determinism() {
    }

    static Stream<DynamicNode> tests(MatrixDoc doc, Map<String, Map<Host, Outcome>> outcomes, Path dir) {
        doc.section(SECTION, "Same seed and settings → the same doubles, bit for bit (no tolerance). \"= node layer\": "
            + "every number of the case's result (Θ̂, U, V, the trajectory, the bounds, the sweep's distances) equals "
            + "the node layer's (KNIME: read from the plugin's output tables and networks).");
        List<DynamicNode> tests = new ArrayList<>();
        Case train = byId("train gd");
        row(doc, tests, "two runs", "init + gradient descent twice, same seed", Map.of(
            Host.NODE, () -> twice(NodeHost.run(train), NodeHost.run(train)),
            Host.CLI, () -> twice(CliHost.run(train, dir.resolve("a")), CliHost.run(train, dir.resolve("b"))),
            Host.WEKA, () -> twice(WekaHost.run(train), WekaHost.run(train)),
            Host.KNIME, () -> twice(KnimeColumn.run(train), KnimeColumn.run(train))));
        for (String[] c : new String[][] {{"n>=D", "Min-Norm Regression Θ̂ and rank"},
            {"train flow", "init + gradient flow: U, V, trajectory"}, {"train gd", "init + gradient descent: U, V, "
            + "trajectory"}, {"bounds", "Bound Evaluator: c, λ, rates, Theorem 2"}, {"sweep", "Width Sweep on data"}}) {
            Map<Host, Check> checks = new LinkedHashMap<>();
            for (Host h : List.of(Host.NODE, Host.CLI, Host.WEKA, Host.KNIME)) {
                checks.put(h, () -> acrossHosts(outcomes, c[0], h));
            }
            row(doc, tests, "hosts: " + c[0], c[1] + " (case `" + c[0] + "`)", checks);
        }
        Case sweep = byId("sweep");
        Case sweep2 = withSetting(sweep, "sweep.threads", "2");
        row(doc, tests, "sweep threads", "Width Sweep with 1 and with 2 threads", Map.of(
            Host.NODE, () -> twice(NodeHost.run(sweep), NodeHost.run(sweep2)),
            Host.CLI, () -> sameText(fig1Csv(dir.resolve("t1"), "1"), fig1Csv(dir.resolve("t2"), "2"), "fig1"),
            Host.WEKA, () -> twice(WekaHost.run(sweep), WekaHost.run(sweep2)),
            Host.KNIME, () -> twice(KnimeColumn.run(sweep), KnimeColumn.run(sweep2))));
        double[][] reference = new double[1][];
        row(doc, tests, "hosts: Figure 1", "Width Sweep on the paper's Figure 1 data (no table; CLI: fig1)", Map.of(
            Host.NODE, () -> {
                reference[0] = nodeFigure1();
                return "reference";
            },
            Host.CLI, () -> same(reference[0], Results.csv(fig1Csv(dir.resolve("f"), "1"), false)
                .columns(List.of("distance")), "fig1.csv"),
            Host.WEKA, () -> same(reference[0], wekaFigure1(), "Weka text output"),
            Host.KNIME, () -> same(reference[0], knimeFigure1(), "the plugin's output table")));
        return tests.stream();
    }

    @FunctionalInterface
    interface Check {
        String run() throws Exception;
    }

    private static void row(MatrixDoc doc, List<DynamicNode> tests, String id, String description,
                            Map<Host, Check> checks) {
        doc.declare(SECTION, id, description);
        for (Host h : List.of(Host.NODE, Host.CLI, Host.WEKA, Host.KNIME)) {
            Check check = checks.get(h);
            tests.add(dynamicTest(id + " / " + h.title, () -> doc.cell(SECTION, id, h, check.run())));
        }
    }

    static Case byId(String id) {
        return Cases.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Case withSetting(Case c, String key, String value) {
        Map<String, String> s = new LinkedHashMap<>(c.settings());
        s.put(key, value);
        return new Case(c.id(), c.description(), c.op(), c.data(), s, c.expect(), c.notApplicable(), c.hostWords());
    }

    private static String twice(Outcome a, Outcome b) {
        assertEquals(Outcome.Kind.OK, a.kind(), a.toString());
        assertEquals(a.numbers().keySet(), b.numbers().keySet());
        for (String k : a.numbers().keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k + " differs between the two runs");
        }
        return "identical (" + String.join(", ", a.numbers().keySet()) + ")";
    }

    private static String acrossHosts(Map<String, Map<Host, Outcome>> outcomes, String id, Host host) {
        Map<Host, Outcome> byHost = outcomes.get(id);
        assertTrue(byHost != null && byHost.containsKey(host), "the input cases ran first");
        Outcome node = byHost.get(Host.NODE);
        Outcome o = byHost.get(host);
        if (o.kind() == Outcome.Kind.NA) {
            return "n/a: " + o.text();
        }
        assertEquals(Outcome.Kind.OK, o.kind(), o.toString());
        if (host == Host.NODE) {
            return "reference";
        }
        for (String k : node.numbers().keySet()) {
            assertArrayEquals(node.get(k), o.get(k), id + ": " + k);
        }
        return "= node layer, bit for bit";
    }

    private static String same(double[] expected, double[] actual, String what) {
        assertArrayEquals(expected, actual, what);
        return "= node layer, bit for bit";
    }

    private static String sameText(String a, String b, String what) {
        assertEquals(a, b, what);
        return "identical (" + what + ".csv)";
    }

    /** The Figure 1 sweep's settings, the same on every host: small widths, explicit networks, few steps. */
    private static final String WIDTHS = "20, 40";

    private static double[] nodeFigure1() {
        WidthSweepNode node = new WidthSweepNode();
        MapSettingsStore s = new MapSettingsStore();
        figure1Settings().forEach((k, v) -> node.parameter(k).writeText(s, v));
        Table t = (Table) node.execute(s, new PortValue[] {null}, org.lnet.engine.Progress.NONE).output(0);
        return Results.cells(t, List.of("distance"));
    }

    /** The plugin's Width Sweep node without a table (its optional input unconnected), as KNIME runs it. */
    private static double[] knimeFigure1() throws Exception {
        org.knime.core.node.NodeDriver d = org.lnet.knime.testing.KnimeRun.driver("WidthSweep");
        d.loadSettings(org.lnet.knime.testing.KnimeRun.settings(d, "WidthSweep", figure1Settings()));
        org.knime.core.node.port.PortObject[] out = d.execute(new org.knime.core.node.ExecutionContext(),
            (org.knime.core.node.port.PortObject) null);
        return Results.cells(org.lnet.knime.testing.KnimeRun.read((org.knime.core.node.BufferedDataTable) out[0]),
            List.of("distance"));
    }

    private static Map<String, String> figure1Settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("widths", WIDTHS);
        s.put("seeds", "2");
        s.put("mode", "explicit");
        s.put("tol", "1e-6");
        s.put("steps", "20000");
        s.put("threads", "1");
        return s;
    }

    /** lnet fig1 with the same settings (the sweep's other defaults are the node's: α 1/2, η 2, mean loss, seed 1). */
    private static String fig1Csv(Path out, String threads) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"fig1", "--widths", WIDTHS.replace(" ", ""), "--seeds", "2", "--tol", "1e-6",
            "--steps", "20000", "--threads", threads, "--out-dir", out.toString()},
            new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
        try {
            return Files.readString(out.resolve("fig1.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Width Sweep step as a start point (no data: the Figure 1 data), its exact text output captured. */
    private static double[] wekaFigure1() throws Exception {
        WidthSweepStep step = new WidthSweepStep();
        for (Map.Entry<String, String> e : figure1Settings().entrySet()) {
            new java.beans.PropertyDescriptor(e.getKey(), WidthSweepStep.class).getWriteMethod()
                .invoke(step, e.getValue());
        }
        Flow flow = KfRun.flow(step, new Capture("Out"));
        KfRun.connect(flow, step.getName(), "Out", StepManager.CON_TEXT);
        Capture out = (Capture) flow.findStep("Out").getManagedStep();
        KfRun run = KfRun.run(flow, Map.of(), (r, line) -> { }, log -> WekaHost.delivered(out) >= 1
            || log.stream().anyMatch(l -> l.startsWith("[ERROR]")));
        assertTrue(run.ok(), run.toString());
        List<String> text = out.payloads(StepManager.CON_TEXT);
        return Results.csv(text.get(0), false).columns(List.of("distance"));
    }
}
