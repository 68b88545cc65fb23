package org.lnet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The generated descriptions follow KNIME's node description schema v4.1 and say what the node layer says. */
class NodeDescriptionXmlTest {

    /** Node types allowed by the v4.1 schema's NodeType enumeration. */
    private static final Set<String> TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
        "Visualizer", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown", "ScopeStart",
        "ScopeEnd");

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    static Document parse(String xml) throws Exception {
        return SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void structureFollowsTheV41Schema(LinearNetworkNode<?> node) throws Exception {
        Element root = parse(NodeDescriptionXml.of(node)).getDocumentElement();
        assertEquals("knimeNode", root.getLocalName());
        assertEquals(NodeDescriptionXml.NAMESPACE, root.getNamespaceURI());
        assertTrue(TYPES.contains(root.getAttribute("type")), root.getAttribute("type"));
        assertEquals("./" + KnimeNames.iconFile(node), root.getAttribute("icon"));
        List<String> order = children(root).stream().map(Element::getLocalName).toList();
        assertEquals(List.of("name", "shortDescription", "fullDescription", "ports"), order);
        Element full = children(root).get(2);
        List<Element> parts = children(full);
        assertEquals("intro", parts.get(0).getLocalName());
        assertEquals("link", parts.get(parts.size() - 1).getLocalName());
        for (Element p : children(parts.get(0))) {
            assertEquals("p", p.getLocalName());
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void everyParameterIsAnOptionNamingItsKey(LinearNetworkNode<?> node) throws Exception {
        Element root = parse(NodeDescriptionXml.of(node)).getDocumentElement();
        List<Element> options = children(children(root).get(2)).stream()
            .filter(e -> e.getLocalName().equals("option")).toList();
        List<Parameter> params = node.parameters();
        assertEquals(params.size(), options.size());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            assertEquals(p.label(), options.get(i).getAttribute("name"));
            String text = options.get(i).getTextContent();
            assertTrue(text.startsWith(p.description()), text);
            assertTrue(text.endsWith("Settings key (flow variable): " + p.key()), text);
            assertFalse(text.contains("[0, 0]"), "no range for " + p.key());
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void introStatesTheMathAndCitesThePaper(LinearNetworkNode<?> node) throws Exception {
        Element root = parse(NodeDescriptionXml.of(node)).getDocumentElement();
        String intro = children(children(root).get(2)).get(0).getTextContent();
        for (String paragraph : node.info().intro()) {
            assertTrue(intro.contains(paragraph));
        }
        NodeInfo.Reference ref = node.info().reference();
        boolean wide = node.info().id().startsWith("WideNetwork");
        assertEquals(wide ? NodeInfo.SATPATHI_SRIKANT : NodeInfo.MIN_ET_AL, ref, "linear-network nodes cite Min et al., wide-network nodes Satpathi & Srikant");
        assertTrue(intro.contains(ref.citation()));
        assertEquals(ref.url(), children(children(root).get(2)).get(children(children(root).get(2))
            .size() - 1).getAttribute("href"));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void portsAreNumberedAndNamedAsInTheNodeLayer(LinearNetworkNode<?> node) throws Exception {
        Element ports = children(parse(NodeDescriptionXml.of(node)).getDocumentElement()).get(3);
        List<Element> in = children(ports).stream().filter(e -> e.getLocalName().equals("inPort")).toList();
        List<Element> out = children(ports).stream().filter(e -> e.getLocalName().equals("outPort")).toList();
        assertEquals(node.info().inputs().size(), in.size());
        assertEquals(node.info().outputs().size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(Integer.toString(i), in.get(i).getAttribute("index"));
            assertEquals(node.info().inputs().get(i).name(), in.get(i).getAttribute("name"));
        }
        for (int i = 0; i < out.size(); i++) {
            assertEquals(node.info().outputs().get(i).name(), out.get(i).getAttribute("name"));
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void iconsAreSixteenBySixteenPngs(LinearNetworkNode<?> node) throws Exception {
        int[] icon = GeneratePluginResources.ICONS.get(node.info().id());
        byte[] png = NodeIcons.png(icon[0], icon[1]);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(16, img.getWidth());
        assertEquals(16, img.getHeight());
        // the tint fills the square: pixel (13, 12) lies clear of the border, the lines and the dots
        assertEquals(0xFF000000 | icon[0], img.getRGB(13, 12));
    }
}
