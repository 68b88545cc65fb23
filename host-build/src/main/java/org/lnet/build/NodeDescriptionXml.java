package org.lnet.build;

import java.util.List;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;

/**
 * Writes a node's KNIME description ({@code <Factory>.xml}, node description schema v4.1) from the node layer's
 * {@link NodeInfo} and {@link Parameter}s: name, short description, the intro with the math and the paper
 * reference, one option per parameter (label, description, range, default, settings key), one port entry per port.
 */
public final class NodeDescriptionXml {

    public static final String NAMESPACE = "http://knime.org/node/v4.1";

    private NodeDescriptionXml() {
    }

    public static String of(LinearNetworkNode<?> node) {
        NodeInfo info = node.info();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<knimeNode icon=\"./").append(Xml.escape(KnimeNames.iconFile(node))).append("\" type=\"")
            .append(info.type().name()).append("\" xmlns=\"").append(NAMESPACE)
            .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"")
            .append(NAMESPACE).append(' ').append(NAMESPACE).append(".xsd\">\n");
        b.append("    <name>").append(Xml.escape(info.name())).append("</name>\n");
        b.append("    <shortDescription>").append(Xml.escape(info.shortDescription())).append("</shortDescription>\n");
        b.append("    <fullDescription>\n        <intro>\n");
        for (String paragraph : info.intro()) {
            b.append("            <p>").append(Xml.escape(paragraph)).append("</p>\n");
        }
        NodeInfo.Reference ref = info.reference();
        b.append("            <p>Reference: ").append(Xml.escape(ref.citation())).append(" <a href=\"")
            .append(ref.url()).append("\">").append(ref.url()).append("</a></p>\n");
        b.append("        </intro>\n");
        for (Parameter p : node.parameters()) {
            b.append("        <option name=\"").append(Xml.escape(p.label())).append("\">")
                .append(Xml.escape(p.description()));
            String range = p.rangeText();
            if (!range.isEmpty() && p.kind() != Parameter.Kind.CHOICE) {
                b.append(" <i>Range:</i> ").append(Xml.escape(range)).append('.');
            }
            b.append(" <i>Default:</i> ").append(Xml.escape(p.defaultText())).append('.');
            b.append(" <i>Settings key (flow variable):</i> <tt>").append(Xml.escape(p.key())).append("</tt></option>\n");
        }
        b.append("        <link href=\"").append(ref.url()).append("\">").append(Xml.escape(ref.label())).append("</link>\n");
        b.append("    </fullDescription>\n    <ports>\n");
        ports(b, "inPort", info.inputs());
        ports(b, "outPort", info.outputs());
        b.append("    </ports>\n</knimeNode>\n");
        return b.toString();
    }

    private static void ports(StringBuilder b, String element, List<PortDef> ports) {
        for (int i = 0; i < ports.size(); i++) {
            PortDef p = ports.get(i);
            b.append("        <").append(element).append(" index=\"").append(i).append("\" name=\"")
                .append(Xml.escape(p.name())).append("\">").append(Xml.escape(p.description()));
            if (p.optional()) {
                b.append(" (optional)");
            }
            b.append("</").append(element).append(">\n");
        }
    }
}
