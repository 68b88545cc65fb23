package org.lnet.it.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lnet.it.reliability.Case.Host;

/**
 * The reliability matrix as a report: sections of rows (case × host → short outcome, or the failure of the cell's
 * test), a legend and the notes that say how each column was obtained. It records what the cells' tests found and
 * decides nothing. Everything in it is deterministic (no timings, no temporary paths), so the committed
 * docs/RELIABILITY.md can be compared with each passing build's.
 */
final class MatrixDoc {

    /** The longest error message shown in full; longer ones are cut at a word. */
    private static final int MESSAGE_CHARS = 150;

    record Row(String id, String description, Map<Host, String> cells) {
    }

    private record Section(String title, String intro, Map<String, Row> rows) {
    }

    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void section(String title, String intro) {
        sections.putIfAbsent(title, new Section(title, intro, new LinkedHashMap<>()));
    }

    /** Declares a row, so rows keep the declared order whatever order their hosts finish in. */
    synchronized void declare(String section, String id, String description) {
        sections.get(section).rows().putIfAbsent(id, new Row(id, description, new EnumMap<>(Host.class)));
    }

    synchronized void cell(String section, String id, Host host, String text) {
        sections.get(section).rows().get(id).cells().put(host, text);
    }

    /** Adds a note once (the report is rendered by the doc check and again after all tests). */
    synchronized void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    /** The text of a cell whose test failed, before the failure's message. */
    static final String FAILED = "**FAILED**: ";
    /** The text of a cell no test filled (its test did not run, or failed before recording). */
    static final String MISSING = "**NOT RUN**";

    /**
     * The cell of an outcome: a result's summary (from its check, which ran on this host's numbers), node-layer
     * messages in full, other hosts' "same result" and "same message" when equal to the node layer's.
     */
    static String cell(Host host, Outcome o, Outcome node, String summary, String nodeSummary) {
        return switch (o.kind()) {
            case OK -> "ok: " + (host != Host.NODE && summary.equals(nodeSummary) ? "same result" : summary);
            case CANCELLED -> "cancelled " + o.text();
            case NA -> "n/a: " + o.text();
            case ERROR -> "error [" + o.phase() + "]: " + (host != Host.NODE && node != null
                && node.kind() == Outcome.Kind.ERROR && o.text().equals(node.text()) ? "same message" : shorten(o.text()));
        };
    }

    static String shorten(String message) {
        if (message.length() <= MESSAGE_CHARS) {
            return message;
        }
        int cut = message.lastIndexOf(' ', MESSAGE_CHARS);
        return message.substring(0, cut) + " …";
    }

    synchronized String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Reliability matrix\n\n");
        b.append("A report generated from test results: `./mvnw -B verify` runs the tests in "
            + "`test/src/test/java/org/lnet/it/reliability`, where each cell's test asserts its own outcome (exit code, "
            + "files present or unchanged, the message's words naming the column, row or setting; for results the "
            + "value recomputed in the test by an independent route: normal equations, the full h × h imbalance Λ and "
            + "its Jacobi eigenvalues, Theorem 1's bound row by row, plain full-matrix descent or RK4, the sweep's "
            + "slope refitted from its rows). Each run writes the report to `test/target/RELIABILITY.md`, failed cells "
            + "marked; `tools/update-reliability.sh` copies it here only when every cell passed, and the build checks "
            + "that this file is the report of a passing run. Regenerating cannot turn a failure into a pass. The "
            + "KNIME column runs the plugin over KNIME-behaving test classes (see the notes).\n\n");
        b.append("**Legend.** `ok: …` a result, checked against the math on this host's numbers and equal bit for bit "
            + "to the node layer's (`same result`: the check's summary is the node layer's word for word); `error [where]: …` a refusal with the message the user sees (`same message`: word for "
            + "word the node layer's sentence); `cancelled …` stopped by the host's cancel; `n/a: …` the case cannot "
            + "arise on that host, with the reason. Where: the node and phase for the node layer (configure runs "
            + "before any data, as KNIME's configure does; KNIME's `settings` is the refusal of settings as they are applied), the command for the CLI (exit code 2 in every case), "
            + "`stepInit` (the flow does not start) or `run` for Weka.\n");
        for (Section s : sections.values()) {
            b.append("\n## ").append(s.title()).append("\n\n").append(s.intro()).append("\n\n");
            b.append("| case | input |");
            for (Host h : Host.values()) {
                b.append(' ').append(h.title).append(" |");
            }
            b.append("\n|---|---|");
            for (int i = 0; i < Host.values().length; i++) {
                b.append("---|");
            }
            b.append('\n');
            for (Row r : s.rows().values()) {
                b.append("| `").append(r.id()).append("` | ").append(escape(r.description())).append(" |");
                for (Host h : Host.values()) {
                    String text = r.cells().get(h);
                    b.append(' ').append(text == null ? MISSING : escape(text)).append(" |");
                }
                b.append('\n');
            }
        }
        b.append("\n## Notes\n\n");
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
