package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lnet.cli.Main;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import weka.core.WekaException;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.BaseStep;
import weka.knowledgeflow.steps.KFStep;
import weka.knowledgeflow.steps.Step;

/**
 * The three hosts show the same nodes: {@code lnet nodes --json} (the command line) against the node descriptions
 * KNIME reads from the plugin jar inside the p2 update-site zip (found through the jar's plugin.xml, matched by node
 * name), and against the KnowledgeFlow steps the Weka package registers in its PluginManager.props (their bean
 * properties as {@link Introspector} shows them to Weka's property sheet, their defaults from fresh instances, and
 * their ranges and choices probed through Weka's own step initialization with a real {@link StepManagerImpl}).
 * Compared: node and port names in order; per setting the key, label (KNIME), type (Weka: yes/no settings are boolean
 * properties, all others text), default, range (KNIME's stated range equal to the CLI's; Weka refusing exactly the
 * values outside it) and choices (Weka accepting each listed word and refusing another).
 */
class HostsAgreeTest {

    /** Nodes that Weka does not offer, and why (stated in the Weka package's Steps class too). */
    private static final Set<String> NOT_IN_WEKA = Set.of("Network to Table", "Table to Network");

    private static JsonArray cli;
    private static final String MISSING = "/nonexistent-lnet-input/none.csv";

    @BeforeAll
    static void nodesJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"nodes", "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonObject root = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("version", new ArrayList<>(root.keySet()).get(root.size() - 1), "\"version\" comes last");
        cli = root.getAsJsonArray("nodes");
        assertFalse(cli.isEmpty());
    }

    private static JsonObject cliNode(String name) {
        for (JsonElement e : cli) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("lnet nodes --json has no node named " + name);
    }

    // ---- KNIME ---------------------------------------------------------------------------------------------------

    @Test
    void knimeNodeDescriptionsStateTheSameSettingsAndPorts() throws Exception {
        Map<String, byte[]> site = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        String jarName = site.keySet().stream().filter(n -> n.startsWith("plugins/org.lnet.knime_")
            && n.endsWith(".jar")).findFirst().orElseThrow(() -> new AssertionError("no plugin jar in the p2 zip"));
        Map<String, byte[]> jar = Artifacts.entries(site.get(jarName));
        NodeList factories = Artifacts.xml(jar.get("plugin.xml")).getElementsByTagName("node");
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < factories.getLength(); i++) {
            String factory = ((Element) factories.item(i)).getAttribute("factory-class");
            byte[] xml = jar.get(factory.replace('.', '/') + ".xml");
            assertNotNull(xml, "node description of " + factory);
            Element root = Artifacts.xml(xml).getDocumentElement();
            String name = first(root, "name").getTextContent().strip();
            JsonObject node = cliNode(name);
            seen.add(name);
            assertEquals(names(node.getAsJsonArray("inputs")), ports(root, "inPort"), name + " inputs");
            assertEquals(names(node.getAsJsonArray("outputs")), ports(root, "outPort"), name + " outputs");
            NodeList options = root.getElementsByTagNameNS("*", "option");
            JsonArray settings = node.getAsJsonArray("settings");
            assertEquals(settings.size(), options.getLength(), name + ": one option per setting");
            for (int j = 0; j < options.getLength(); j++) {
                Element option = (Element) options.item(j);
                Map<String, String> facts = facts(option);
                JsonObject s = settings.get(j).getAsJsonObject();
                String where = name + " / " + s.get("key").getAsString();
                assertEquals(s.get("key").getAsString(), facts.get("Settings key (flow variable):"), where);
                assertEquals(s.get("label").getAsString(), option.getAttribute("name"), where);
                assertEquals(s.get("range").getAsString(), facts.getOrDefault("Range:", ""), where);
                assertSameDefault(s, facts.get("Default:"), where);
                for (JsonElement choice : s.getAsJsonArray("choices")) {
                    assertTrue(option.getTextContent().contains(choice.getAsString()), where + ": the description "
                        + "names the choice " + choice);
                }
            }
        }
        Set<String> all = new TreeSet<>();
        cli.forEach(e -> all.add(e.getAsJsonObject().get("name").getAsString()));
        assertEquals(all, seen, "KNIME registers every node of lnet nodes");
    }

    /** The texts after each {@code <i>Label:</i>} of a KNIME option, up to the next label, without the final stop. */
    private static Map<String, String> facts(Element option) {
        Map<String, String> out = new LinkedHashMap<>();
        String label = null;
        StringBuilder text = new StringBuilder();
        for (Node c = option.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("i")) {
                if (label != null) {
                    out.put(label, stop(text));
                }
                label = e.getTextContent().strip();
                text.setLength(0);
            } else if (label != null) {
                text.append(c.getTextContent());
            }
        }
        if (label != null) {
            out.put(label, stop(text));
        }
        return out;
    }

    private static String stop(StringBuilder text) {
        String t = text.toString().strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static void assertSameDefault(JsonObject s, String knime, String where) {
        String type = s.get("type").getAsString();
        String cliDefault = s.get("default").getAsString();
        assertNotNull(knime, where + ": KNIME states a default");
        switch (type) {
            case "double", "long" -> assertEquals(Double.parseDouble(cliDefault), Double.parseDouble(knime), where);
            // the automatic column choice: "" on the command line, described in words in KNIME
            case "columns" -> assertTrue(cliDefault.isEmpty() && knime.startsWith("automatic"), where);
            default -> assertEquals(cliDefault, knime, where);
        }
    }

    private static Element first(Element root, String tag) {
        return (Element) root.getElementsByTagNameNS("*", tag).item(0);
    }

    private static List<String> ports(Element root, String tag) {
        NodeList ports = root.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ports.getLength(); i++) {
            out.add(((Element) ports.item(i)).getAttribute("name"));
        }
        return out;
    }

    private static List<String> names(JsonArray ports) {
        List<String> out = new ArrayList<>();
        ports.forEach(p -> out.add(p.getAsJsonObject().get("name").getAsString()));
        return out;
    }

    // ---- Weka ----------------------------------------------------------------------------------------------------

    @Test
    void wekaStepPropertiesHaveTheSameKeysTypesDefaultsRangesAndChoices() throws Exception {
        Map<String, byte[]> pkg = Artifacts.entries(Artifacts.path("lnet.weka.zip"));
        Properties props = new Properties();
        props.load(new ByteArrayInputStream(pkg.get("PluginManager.props")));
        Set<String> seen = new TreeSet<>();
        for (String className : props.getProperty(Step.class.getName()).split(",")) {
            Class<?> cls = Class.forName(className.strip());
            String name = cls.getAnnotation(KFStep.class).name();
            JsonObject node = cliNode(name);
            seen.add(name);
            Map<String, PropertyDescriptor> properties = settingProperties(cls);
            JsonArray settings = node.getAsJsonArray("settings");
            Set<String> keys = new TreeSet<>();
            settings.forEach(s -> keys.add(s.getAsJsonObject().get("key").getAsString()));
            assertEquals(keys, properties.keySet(), name + ": one bean property per setting, named by its key");
            for (JsonElement e : settings) {
                JsonObject s = e.getAsJsonObject();
                PropertyDescriptor p = properties.get(s.get("key").getAsString());
                String where = name + " / " + p.getName();
                boolean flag = s.get("type").getAsString().equals("boolean");
                assertEquals(flag ? boolean.class : String.class, p.getPropertyType(), where);
                Object fresh = p.getReadMethod().invoke(cls.getDeclaredConstructor().newInstance());
                if (!flag) {
                    assertSameDefault(s, fresh.toString().isEmpty() && s.get("type").getAsString().equals("columns")
                        ? "automatic" : fresh.toString(), where);
                } else {
                    assertEquals(s.get("default").getAsString(), fresh.toString(), where);
                }
                probeRange(cls, p, node, s, where);
                for (JsonElement choice : s.getAsJsonArray("choices")) {
                    assertFalse(refuses(cls, p, choice.getAsString()), where + " accepts " + choice);
                }
                if (!s.getAsJsonArray("choices").isEmpty()) {
                    assertTrue(refuses(cls, p, "no-such-choice"), where + " refuses a word not listed");
                    assertTrue(cliRefuses(node, s, "no-such-choice"), where + " on the command line");
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        cli.forEach(e -> expected.add(e.getAsJsonObject().get("name").getAsString()));
        expected.removeAll(NOT_IN_WEKA);
        assertEquals(expected, seen, "Weka registers every node but " + NOT_IN_WEKA);
    }

    /** The step's own bean properties: those Weka's BaseStep (name, step manager, ...) does not have. */
    private static Map<String, PropertyDescriptor> settingProperties(Class<?> cls) throws Exception {
        Set<String> base = new TreeSet<>();
        for (PropertyDescriptor p : Introspector.getBeanInfo(BaseStep.class).getPropertyDescriptors()) {
            base.add(p.getName());
        }
        Map<String, PropertyDescriptor> out = new LinkedHashMap<>();
        for (PropertyDescriptor p : Introspector.getBeanInfo(cls).getPropertyDescriptors()) {
            if (!base.contains(p.getName()) && p.getReadMethod() != null && p.getWriteMethod() != null) {
                out.put(p.getName(), p);
            }
        }
        return out;
    }

    /**
     * Weka refuses exactly the values outside the stated bounds: a closed bound is accepted, an open one refused, and
     * the next value beyond either is refused.
     */
    private static void probeRange(Class<?> cls, PropertyDescriptor p, JsonObject node, JsonObject s, String where)
        throws Exception {
        String type = s.get("type").getAsString();
        if (!type.equals("double") && !type.equals("long")) {
            return;
        }
        String range = s.get("range").getAsString();
        for (String side : new String[] {"min", "max"}) {
            if (s.get(side).isJsonNull()) {
                continue;
            }
            double bound = s.get(side).getAsDouble();
            boolean open = side.equals("min") ? range.startsWith(">") || range.startsWith("(")
                : range.startsWith("<") || range.endsWith(")");
            boolean low = side.equals("min");
            String beyond = type.equals("long") ? Long.toString((long) bound + (low ? -1 : 1))
                : Double.toString(low ? Math.nextDown(bound) : Math.nextUp(bound));
            String at = type.equals("long") ? Long.toString((long) bound) : Double.toString(bound);
            boolean wekaAt = refuses(cls, p, at);
            // at a bound, a rule between settings may still refuse (an odd width for an antisymmetric start): the
            // command line must then refuse it too
            assertEquals(cliRefuses(node, s, at), wekaAt, where + " at its " + side + " " + at + ": Weka and CLI");
            if (open) {
                assertTrue(wekaAt, where + " at its open " + side + " " + at + " (" + range + ")");
            }
            assertTrue(refuses(cls, p, beyond), where + " beyond its " + side + ": " + beyond + " (" + range + ")");
            assertTrue(cliRefuses(node, s, beyond), where + " on the command line beyond its " + side + ": " + beyond);
        }
    }

    /** Whether the node's command refuses this value of the setting, naming it (before it asks for any input). */
    private static boolean cliRefuses(JsonObject node, JsonObject s, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // an input file that does not exist: read after the settings are checked, so an accepted value stops there
        // instead of running the node
        String input = node.getAsJsonArray("inputs").get(0).getAsJsonObject().get("option").getAsString();
        int code = Main.run(new String[] {node.get("command").getAsString(), "--" + s.get("option").getAsString() + "="
            + value, "--" + input + "=" + MISSING}, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        // the first line is the message; a usage text may follow, which names every setting
        return code == 2 && err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("")
            .contains("(" + s.get("key").getAsString() + ")");
    }

    /** Whether Weka's initialization of a fresh step with this property value fails naming the setting. */
    private static boolean refuses(Class<?> cls, PropertyDescriptor p, String value) throws Exception {
        BaseStep step = (BaseStep) cls.getDeclaredConstructor().newInstance();
        new StepManagerImpl(step);
        p.getWriteMethod().invoke(step, p.getPropertyType() == boolean.class ? (Object) Boolean.valueOf(value)
            : value);
        try {
            step.stepInit();
            return false;
        } catch (WekaException e) {
            // a missing connection is not about the setting; a refused setting names its key
            return String.valueOf(e.getMessage()).contains("(" + p.getName() + ")");
        }
    }
}
