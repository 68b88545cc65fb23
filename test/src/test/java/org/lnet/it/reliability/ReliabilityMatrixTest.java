package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.it.reliability.Case.Host;

/**
 * Issue #7's reliability matrix: every case of {@link Cases} on every host (node layer, CLI, Weka, and KNIME: the
 * plugin's node models run over KNIME-behaving test classes, see {@link KnimeColumn}), then determinism, settings
 * round trips and a million-row table; each cell is asserted, and the whole is written to target/RELIABILITY.md and
 * compared with the committed docs/RELIABILITY.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityMatrixTest {

    static final String INPUTS = "Bad and edge-case input";
    static final MatrixDoc DOC = new MatrixDoc();
    /** Outcomes by case id and host, for the cross-host checks and the later sections. */
    static final Map<String, Map<Host, Outcome>> OUTCOMES = new ConcurrentHashMap<>();

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
        if (o.kind() != Outcome.Kind.NA) {
            assertExpected(c, host, o, node);
        }
        if (c.op() == Case.Op.SWEEP && o.kind() == Outcome.Kind.CANCELLED) {
            SweepThreads.assertAllEnded();
        }
        DOC.cell(INPUTS, c.id(), host, MatrixDoc.cell(c, host, o, node));
    }

    /** What the case expects, on this host; other hosts are compared with the node layer word for word, bit for bit. */
    private static void assertExpected(Case c, Host host, Outcome o, Outcome node) {
        String where = c.id() + " on " + host.title + ": " + o;
        if (c.expect() instanceof Case.Ok ok) {
            assertEquals(Outcome.Kind.OK, o.kind(), where);
            ok.check().summarize(c, o);
            if (host != Host.NODE && node != null && node.kind() == Outcome.Kind.OK) {
                for (Map.Entry<String, double[]> e : node.numbers().entrySet()) {
                    assertArrayEquals(e.getValue(), o.get(e.getKey()), where + ": '" + e.getKey()
                        + "' must equal the node layer's bit for bit");
                }
            }
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

    @Test
    @Order(5)
    void docsReliabilityMdIsTheMatrixThisBuildProduces() throws IOException {
        Notes.add(DOC);
        String generated = DOC.render();
        assertTrue(!generated.contains("**MISSING**"), "every cell was filled: run the whole class\n" + generated);
        Path target = Path.of("target", "RELIABILITY.md");
        Files.writeString(target, generated);
        Path committed = Path.of(System.getProperty("lnet.reliability.doc", "../docs/RELIABILITY.md"));
        if (Boolean.getBoolean("lnet.reliability.update")) {
            Files.writeString(committed, generated);
            return;
        }
        String current = Files.exists(committed) ? Files.readString(committed) : "";
        if (!current.equals(generated)) {
            List<String> a = current.lines().toList();
            List<String> b = generated.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            throw new AssertionError("docs/RELIABILITY.md differs from the matrix this build produced (" + target
                + "), first at line " + (i + 1) + ":\n  committed: " + (i < a.size() ? a.get(i) : "(end)")
                + "\n  generated: " + (i < b.size() ? b.get(i) : "(end)")
                + "\nIf the change is intended, run: ./mvnw -B verify -DupdateReliability");
        }
    }
}
