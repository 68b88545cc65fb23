package org.knime.core.node;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test-scope stand-in for KNIME's {@code NodeFactory} (knime-core {@code org/knime/core/node/NodeFactory.java}), with
 * KNIME's deprecations. Kept from KNIME: the node description is {@code <FactorySimpleName>.xml} beside the factory
 * class, and {@link #checkConsistency} reports what KNIME's {@code checkConsistency} logs as coding problems (no
 * description, view count, an unnamed input or output port).
 *
 * @param <T> the node model
 */
public abstract class NodeFactory<T extends NodeModel> {
    protected NodeFactory() {
    }

    protected NodeFactory(final boolean lazyInitialization) {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    /** @deprecated KNIME no longer uses Swing views. */
    @Deprecated(since = "5.6", forRemoval = true)
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    /** @deprecated KNIME no longer uses Swing dialogs. */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract boolean hasDialog();

    /** @deprecated KNIME no longer uses Swing dialogs. */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract NodeDialogPane createNodeDialogPane();

    /** The coding problems KNIME would log for this factory and a model it created; empty when consistent. */
    final List<String> checkConsistency(NodeModel m) {
        List<String> problems = new ArrayList<>();
        Document d;
        try (InputStream in = getClass().getResourceAsStream(getClass().getSimpleName() + ".xml")) {
            if (in == null) {
                return List.of("No node description (" + getClass().getSimpleName() + ".xml) beside the factory");
            }
            d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            return List.of("Unreadable node description: " + e);
        }
        if (getNrNodeViews() != d.getElementsByTagName("view").getLength()) {
            problems.add("Missing or surplus view description");
        }
        for (int i = 0; i < m.getNrInPorts(); i++) {
            if (portName(d, "inPort", i) == null) {
                problems.add("Missing description for input port " + i);
            }
        }
        for (int i = 0; i < m.getNrOutPorts(); i++) {
            if (portName(d, "outPort", i) == null) {
                problems.add("Missing description for output port " + i);
            }
        }
        return problems;
    }

    private static String portName(Document d, String tag, int index) {
        NodeList ports = d.getElementsByTagName(tag);
        for (int i = 0; i < ports.getLength(); i++) {
            Element p = (Element) ports.item(i);
            if (p.getAttribute("index").equals(Integer.toString(index)) && !p.getAttribute("name").isEmpty()) {
                return p.getAttribute("name");
            }
        }
        return null;
    }
}
