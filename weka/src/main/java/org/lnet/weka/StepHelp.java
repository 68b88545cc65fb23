package org.lnet.weka;

import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import weka.knowledgeflow.StepManager;

/**
 * What Weka shows of a step, all taken from the node layer: the short {@code globalInfo} (KnowledgeFlow's palette
 * tooltip and the first line of the settings dialog), a short tooltip per setting, and the full help page with the
 * math (the dialog's <i>More</i> button).
 *
 * <p>Weka renders the palette tooltip as HTML, so the short texts must not contain HTML's special characters; the
 * help page escapes them.
 */
public final class StepHelp {

    /** Descriptions up to this length become part of a setting's tooltip; longer ones stay on the help page. */
    static final int TOOLTIP_SENTENCE = 110;

    private StepHelp() {
    }

    /**
     * The palette tooltip: the node's one-sentence description and the step's connections, nothing more (Weka shows
     * a step's whole {@code globalInfo} there).
     */
    public static String globalInfo(LnetStep<?> step) {
        return step.node().info().shortDescription() + "\n\nIn: " + String.join(", ", step.incomingTypes())
            + ". Out: " + String.join(", ", step.producedTypes()) + ".";
    }

    /**
     * A setting's tooltip (HTML): the first sentence of its description when that is short, then its key (the name
     * in .kf files and for variables), range and default. The rest, with the math, is on the help page.
     */
    public static String tooltip(Parameter p) {
        StringBuilder b = new StringBuilder("<html>");
        String first = firstSentence(p.description());
        if (first.length() <= TOOLTIP_SENTENCE) {
            b.append(escape(first)).append("<br>");
        }
        b.append("<i>").append(escape(p.key())).append("</i>");
        String range = p.kind() == Parameter.Kind.COLUMNS ? "" : p.rangeText();
        if (!range.isEmpty() && p.kind() != Parameter.Kind.CHOICE) {
            b.append(" &middot; ").append(escape(range));
        }
        b.append(" &middot; default ").append(p.kind() == Parameter.Kind.COLUMNS ? "automatic"
            : escape(p.defaultAsText()));
        return b.append("</html>").toString();
    }

    /** The text up to the first full stop that ends a sentence ("e.g." and "i.e." do not). */
    static String firstSentence(String text) {
        int from = 0;
        while (true) {
            int dot = text.indexOf(". ", from);
            if (dot < 0) {
                return text;
            }
            String before = text.substring(0, dot);
            if (!before.endsWith("e.g") && !before.endsWith("i.e")) {
                return text.substring(0, dot + 1);
            }
            from = dot + 2;
        }
    }

    /**
     * The help page (HTML) behind the dialog's <i>More</i> button: what the step computes with the math, its
     * connections, every setting with its description, range and default, and the paper.
     */
    public static String page(LnetStep<?> step) {
        LinearNetworkNode<?> node = step.node();
        NodeInfo info = node.info();
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<h2>").append(escape(info.name())).append("</h2><p><b>").append(escape(info.shortDescription()))
            .append("</b></p>");
        for (String paragraph : info.intro()) {
            b.append("<p>").append(escape(paragraph)).append("</p>");
        }
        b.append("<h3>Connections</h3><p>In:</p><ul>");
        for (PortDef p : info.inputs()) {
            String con = LnetStep.connectionFor(info.inputs(), p);
            b.append("<li><b>").append(con == null ? "(not available in Weka)" : con).append("</b> &ndash; ")
                .append(escape(p.name())).append(p.optional() ? " (optional): " : ": ").append(escape(p.description()))
                .append("</li>");
        }
        b.append("</ul><p>Out:</p><ul>");
        boolean firstTable = true;
        for (PortDef p : info.outputs()) {
            String con = p.kind() == PortDef.Kind.NETWORK ? LnetStep.CON_NETWORK
                : firstTable ? StepManager.CON_DATASET + " and " + StepManager.CON_TEXT : StepManager.CON_TEXT;
            if (p.kind() == PortDef.Kind.TABLE) {
                firstTable = false; // only the first table goes out as a data set
            }
            b.append("<li><b>").append(con).append("</b> &ndash; ").append(escape(p.name())).append(": ")
                .append(escape(p.description())).append("</li>");
        }
        if (step.chart() != null) {
            b.append("<li><b>").append(StepManager.CON_IMAGE).append("</b> &ndash; ")
                .append(escape(step.chart().description()))
                .append("</li>");
        }
        b.append("</ul><p>Tables on text connections are CSV with every number in full precision.</p>");
        b.append("<h3>Settings</h3>");
        for (Parameter p : node.parameters()) {
            b.append("<p><b>").append(escape(p.label())).append("</b> (<i>").append(escape(p.key()))
                .append("</i>): ").append(escape(p.description()));
            if (p.kind() == Parameter.Kind.COLUMNS) {
                b.append(" Attribute names separated by commas.");
                if (p.columnRole() == Parameter.ColumnRole.TARGETS) {
                    b.append(" In Weka the class attribute, if the data set has one, is the automatic target; it "
                        + "must then be numeric.");
                }
            } else {
                String range = p.rangeText();
                if (!range.isEmpty()) {
                    b.append(p.kind() == Parameter.Kind.CHOICE ? " One of: " : " Range: ").append(escape(range))
                        .append('.');
                }
                b.append(" Default: ").append(escape(p.defaultAsText())).append('.');
            }
            b.append("</p>");
        }
        b.append("<p>Settings may use variables such as ${name}, set by a SetVariables step or the environment.</p>");
        b.append("<h3>Reference</h3><p>").append(escape(info.reference().citation())).append("</p></body></html>");
        return b.toString();
    }

    /** Text as HTML: the three characters HTML reads as markup, escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
