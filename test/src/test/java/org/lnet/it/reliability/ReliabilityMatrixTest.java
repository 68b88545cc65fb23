package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.it.reliability.Case.Host;

/**
 * Issue #7's reliability matrix: every case of {@link Cases} on every host (node layer, CLI, Weka, and KNIME: the
 * plugin's node models run over KNIME-behaving test classes, see {@link KnimeColumn}), then determinism, settings
 * round trips and a million-row table. Each cell's test asserts its own outcome (exit code, files, the message's
 * words naming the column, row or setting, and for results the value recomputed independently: {@link Oracles});
 * the cells' texts are then written to target/RELIABILITY.md as a report, failures marked, and a separate check
 * says whether the committed docs/RELIABILITY.md is that report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow")
class ReliabilityMatrixTest {

    static final String INPUTS = "Bad and edge-case input";
    static final MatrixDoc DOC = new MatrixDoc();
    /** Where every run writes its report. */
    static final Path REPORT = Path.of("target", "RELIABILITY.md");
    /** Outcomes by case id and host, for the cross-host checks and the later sections. */
    static final Map<String, Map<Host, Outcome>> OUTCOMES = new ConcurrentHashMap<>();
    /** The node layer's result summaries by case id, so other hosts' equal results read "same result". */
    static final Map<String, String> SUMMARIES = new ConcurrentHashMap<>();

    @TempDir
    static Path tmp;

    static {
        DOC.section(INPUTS, "One row per case of the shared fixture (`Cases.java`). Each host runs the same data "
            + "and settings: the node layer through `Nodes` (load, configure, execute), the CLI through `Main.run` on "
            + "X.csv/Y.csv (chained `init`, `train`, `bounds` as a user would), Weka as a KnowledgeFlow flow run "
            + "headless with FlowRunner (data source → our steps → a capturing step). The node layer's rows are "
            + "named 1, 2, … as Weka numbers instances, so both name a bad row alike; the CLI names the file's line "
            + "(line 1 holds the column names).");
        for (Case c : Cases.all()) {
            DOC.declare(INPUTS, c.id(), c.description());
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicNode> inputCases() {
        Case.ids(Cases.all());
        return Cases.all().stream().map(c -> dynamicContainer(c.id(), Stream.of(Host.values())
            .map(h -> dynamicTest(h.title, () -> runCase(c, h)))));
    }

    private static void runCase(Case c, Host host) {
        Map<Host, Outcome> byHost = OUTCOMES.computeIfAbsent(c.id(), k -> new EnumMap<>(Host.class));
        Outcome node = byHost.get(Host.NODE);
        if (host != Host.NODE) {
            assertNotNull(node, "the node layer ran first");
        }
        Outcome o = c.notApplicable().containsKey(host) ? Outcome.na(c.notApplicable().get(host)) : switch (host) {
            case NODE -> NodeHost.run(c);
            case CLI -> CliHost.run(c, tmp.resolve("case-" + Integer.toHexString(c.id().hashCode())));
            case WEKA -> WekaHost.run(c);
            case KNIME -> KnimeColumn.run(c);
        };
        byHost.put(host, o);
        String cell;
        try {
            String summary = o.kind() == Outcome.Kind.NA ? "" : assertExpected(c, host, o, node);
            if (c.op() == Case.Op.SWEEP && o.kind() == Outcome.Kind.CANCELLED) {
                SweepThreads.assertAllEnded();
            }
            if (host == Host.NODE) {
                SUMMARIES.put(c.id(), summary);
            }
            cell = MatrixDoc.cell(host, o, node, summary, SUMMARIES.get(c.id()));
        } catch (AssertionError e) {
            // the report shows the failure; the test fails whatever the committed document says
            DOC.cell(INPUTS, c.id(), host, MatrixDoc.FAILED + MatrixDoc.shorten(String.valueOf(e.getMessage())));
            throw e;
        }
        DOC.cell(INPUTS, c.id(), host, cell);
    }

    /**
     * What the case expects, on this host (other hosts are compared with the node layer word for word, bit for bit);
     * returns the summary of a result, as its check computed it.
     */
    private static String assertExpected(Case c, Host host, Outcome o, Outcome node) {
        String where = c.id() + " on " + host.title + ": " + o;
        if (c.expect() instanceof Case.Ok ok) {
            assertEquals(Outcome.Kind.OK, o.kind(), where);
            String summary = ok.check().summarize(c, o);
            if (host != Host.NODE && node != null && node.kind() == Outcome.Kind.OK) {
                for (Map.Entry<String, double[]> e : node.numbers().entrySet()) {
                    assertArrayEquals(e.getValue(), o.get(e.getKey()), where + ": '" + e.getKey()
                        + "' must equal the node layer's bit for bit");
                }
            }
            return summary;
        } else if (c.expect() instanceof Case.Error) {
            assertEquals(Outcome.Kind.ERROR, o.kind(), where);
            for (String word : c.words(host)) {
                assertTrue(o.text().contains(word), where + "\nmust contain: " + word);
            }
            if (host != Host.NODE && !c.hostWords().containsKey(host) && node != null
                && node.kind() == Outcome.Kind.ERROR) {
                assertEquals(node.text(), o.text(), where + ": the node layer's sentence, word for word");
            }
        } else {
            assertEquals(Outcome.Kind.CANCELLED, o.kind(), where);
        }
        return "";
    }

    @TestFactory
    @Order(2)
    Stream<DynamicNode> determinism() {
        return Determinism.tests(DOC, OUTCOMES, tmp.resolve("determinism"));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicNode> settingsRoundTrips() {
        return SettingsRows.tests(DOC);
    }

    @TestFactory
    @Order(4)
    Stream<DynamicNode> outputsUnderFailureConcurrencyAndSignals() {
        return OutputRows.tests(DOC, tmp);
    }

    @TestFactory
    @Order(4)
    Stream<DynamicNode> strictInputAndHardening() {
        return InputRows.tests(DOC, tmp);
    }

    @Test
    @Order(4)
    void aMillionRowTableStreamsInBoundedMemory() throws Exception {
        BigTable.run(DOC, Path.of("target", "reliability").toAbsolutePath());
    }

    /** The report of this run, written to target/RELIABILITY.md whatever the cells' outcomes (failures marked). */
    @AfterAll
    static void writeTheReport() throws IOException {
        Notes.add(DOC);
        Files.writeString(REPORT, DOC.render());
    }

    /**
     * A documentation check, not an oracle (each cell's test above asserts its own outcome): the committed
     * docs/RELIABILITY.md is the report a passing run produces. After a deliberate change, {@code
     * tools/update-reliability.sh} runs the matrix and copies the report only if every cell passed.
     */
    @Test
    @Order(5)
    void committedDocsReliabilityMdIsUpToDate() throws IOException {
        assumeTrue(!"false".equals(System.getProperty("lnet.reliability.docCheck")),
            "tools/update-reliability.sh is replacing docs/RELIABILITY.md with this run's report");
        Notes.add(DOC);
        String generated = DOC.render();
        assertFalse(generated.contains(MatrixDoc.FAILED) || generated.contains(MatrixDoc.MISSING),
            "a cell failed or did not run (its own test says why); the report is " + REPORT);
        Path committed = Path.of(System.getProperty("lnet.reliability.doc", "../docs/RELIABILITY.md"));
        String current = Files.exists(committed) ? Files.readString(committed) : "";
        if (!current.equals(generated)) {
            List<String> a = current.lines().toList();
            List<String> b = generated.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            throw new AssertionError("docs/RELIABILITY.md is not the report of this (passing) run, first at line "
                + (i + 1) + ":\n  committed: " + (i < a.size() ? a.get(i) : "(end)")
                + "\n  generated: " + (i < b.size() ? b.get(i) : "(end)")
                + "\nEvery cell passed; if the change is intended, run tools/update-reliability.sh");
        }
    }
}
