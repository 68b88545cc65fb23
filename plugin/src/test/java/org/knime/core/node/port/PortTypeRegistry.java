package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.knime.core.node.BufferedDataTable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test-scope stand-in for KNIME's {@code PortTypeRegistry} (knime-core
 * {@code org/knime/core/node/port/PortTypeRegistry.java}). As in KNIME, the table port is built in and every other
 * port type comes from the extension point {@code org.knime.core.PortType}: here the {@code portType} elements of every
 * {@code plugin.xml} on the class path (the plugin's own, as KNIME reads it). A class registered nowhere still gets a
 * hidden type, as in KNIME, which logs that as a coding problem; {@link #codingProblems()} lists them for tests.
 */
public final class PortTypeRegistry {
    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<String, Element> registered = new HashMap<>();
    private final Map<Class<?>, PortType> required = new HashMap<>();
    private final Map<Class<?>, PortType> optional = new HashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private PortTypeRegistry() {
        required.put(BufferedDataTable.class, new PortType(BufferedDataTable.class, false, "Table", false));
        optional.put(BufferedDataTable.class, new PortType(BufferedDataTable.class, true, "Table", false));
        try {
            for (URL url : Collections.list(PortTypeRegistry.class.getClassLoader().getResources("plugin.xml"))) {
                try (InputStream in = url.openStream()) {
                    NodeList types = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getElementsByTagName("portType");
                    for (int i = 0; i < types.getLength(); i++) {
                        Element e = (Element) types.item(i);
                        if (((Element) e.getParentNode()).getAttribute("point").equals("org.knime.core.PortType")) {
                            registered.put(e.getAttribute("objectClass"), e);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable plugin.xml", e);
        }
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        return (isOptional ? optional : required).computeIfAbsent(portClass, c -> {
            Element e = registered.get(c.getName());
            if (e == null) {
                problems.add("Port object class '" + c.getName() + "' is not registered at the extension point "
                    + "org.knime.core.PortType.");
                return new PortType(portClass, isOptional, null, true);
            }
            return new PortType(portClass, isOptional, e.getAttribute("name"),
                Boolean.parseBoolean(e.getAttribute("hidden")));
        });
    }

    /** The registration ({@code portType} element's attributes) of a port object class, or an empty map. */
    public Map<String, String> registration(Class<? extends PortObject> portClass) {
        Element e = registered.get(portClass.getName());
        Map<String, String> out = new HashMap<>();
        if (e != null) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                out.put(e.getAttributes().item(i).getNodeName(), e.getAttributes().item(i).getNodeValue());
            }
        }
        return out;
    }

    /** What KNIME would have logged as coding problems (unregistered port object classes). */
    public List<String> codingProblems() {
        return List.copyOf(problems);
    }
}
