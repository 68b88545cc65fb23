package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.it.XmlConfigReader.Cfg;
import org.lnet.it.XmlConfigReader.Value;
import org.lnet.knime.build.ExampleWorkflows;
import org.lnet.knime.build.KnimeNodes;
import org.w3c.dom.Element;

/**
 * The nodes of the committed examples against facts from KNIME's sources (knime-nodes.facts, which names the file
 * of each fact at tag analytics-platform/5.1.0 and at the newest commit), with each settings.xml read by the
 * independent {@link XmlConfigReader}, not by the generator's KnimeConfig:
 * <ul>
 * <li>every node of KNIME's own is recorded, with its factory's source file at both releases, and its settings.xml
 * names the bundle and feature the facts give (MANIFEST.MF, feature.xml) and one port entry per output;</li>
 * <li>every key of its "model" config is one the real saver writes at each release, with the real type; every key
 * the real loader requires is there; no legacy key (written only for settings migrated from old releases) and no
 * key a release does not know;</li>
 * <li>our nodes' "model" configs have the layout of KNIME's SettingsModels (knime-core
 * {@code org.knime.core/src/eclipse/org/knime/core/node/defaultnodesettings/SettingsModel.java},
 * {@code SettingsModelDouble/Long/Boolean/String/FilterString.java} at both releases: a {@code <key>_Internals}
 * config with SettingsModelID and EnabledStatus, then the value with the type that model's ID stands for), and
 * name the bundle and feature of the built update site (the plugin jar's manifest and the feature.xml in the zip).</li>
 * </ul>
 */
@Tag("slow")
class KnimeNodeFactsTest {

    private static final KnimeNodeFacts FACTS = KnimeNodeFacts.load();

    /** SettingsModel type IDs and the entry type each one's value is saved as (5.1.0 and HEAD alike). */
    private static final Map<String, String> SETTINGS_MODELS = Map.of("SMID_double", "xdouble", "SMN_long", "xlong",
        "SMID_boolean", "xboolean", "SMID_string", "xstring", "SMID_filterString", "config");

    record LoadedNode(String workflow, String folder, Cfg settings) {
        String factory() {
            return settings.string("factory");
        }
    }

    static Stream<LoadedNode> nodes() throws Exception {
        List<LoadedNode> out = new ArrayList<>();
        for (var w : ExampleWorkflows.all()) {
            Map<String, byte[]> entries = KnwfFormatTest.committedEntries(w.name());
            entries.forEach((name, bytes) -> {
                if (name.endsWith("/settings.xml")) {
                    out.add(new LoadedNode(w.name(), name.substring(0, name.lastIndexOf('/')),
                        XmlConfigReader.read(name, bytes)));
                }
            });
        }
        return out.stream();
    }

    static Stream<LoadedNode> knimesNodes() throws Exception {
        return nodes().filter(n -> !n.factory().startsWith("org.lnet."));
    }

    static Stream<LoadedNode> ourNodes() throws Exception {
        return nodes().filter(n -> n.factory().startsWith("org.lnet."));
    }

    @ParameterizedTest
    @MethodSource("knimesNodes")
    void everyKnimeNodeIsRecordedWithItsPublicFactorySourceBundleFeatureAndPorts(LoadedNode n) {
        KnimeNodeFacts.Node f = FACTS.nodes.get(n.factory());
        assertNotNull(f, n.folder() + ": " + n.factory() + " is not in knime-nodes.facts");
        String factoryFile = "/" + f.factory().replace('.', '/') + ".java";
        for (String release : KnimeNodeFacts.RELEASES) {
            assertTrue(f.sources().stream().anyMatch(s -> s.release().equals(release)
                && s.path().endsWith(factoryFile)), f.name() + ": no public source of its factory at " + release);
        }
        Cfg s = n.settings();
        assertEquals(f.name(), s.string("node-name"), n.folder());
        assertEquals(f.bundleSymbolicName(), s.string("node-bundle-symbolic-name"), n.folder());
        assertEquals(f.bundleName(), s.string("node-bundle-name"), n.folder());
        assertEquals(f.bundleVendor(), s.string("node-bundle-vendor"), n.folder());
        assertEquals(f.featureSymbolicName(), s.string("node-feature-symbolic-name"), n.folder());
        assertEquals(f.featureName(), s.string("node-feature-name"), n.folder());
        assertEquals(f.bundleVendor(), s.string("node-feature-vendor"), n.folder());
        assertEquals(f.outPorts(), s.config("ports").children().size(), n.folder() + ": one ports entry per output");
    }

    @ParameterizedTest
    @MethodSource("knimesNodes")
    void everyModelKeyIsOneTheRealNodeWritesAndEveryRequiredKeyIsThereAtTheFloorAndAtHead(LoadedNode n) {
        KnimeNodeFacts.Node f = FACTS.nodes.get(n.factory());
        assertNotNull(f, n.folder() + ": " + n.factory() + " is not in knime-nodes.facts");
        Map<String, String> written = n.settings().has("model") ? flatten(n.settings().config("model")) : Map.of();
        if (f.keys().isEmpty()) {
            assertEquals(Map.of(), written, n.folder() + ": no keys are recorded, so the node must have no model");
        }
        for (String release : KnimeNodeFacts.RELEASES) {
            assertEquals(List.of(), mismatches(written, f, release), n.folder() + " at " + release);
        }
    }

    @Test
    void theCsvReadersReadAFileOfTheWorkflowsDataArea() throws Exception {
        int readers = 0;
        for (var w : ExampleWorkflows.all()) {
            Map<String, byte[]> entries = KnwfFormatTest.committedEntries(w.name());
            for (LoadedNode n : nodes().filter(x -> x.workflow().equals(w.name())).toList()) {
                if (!n.factory().equals(KnimeNodes.CSV_READER)) {
                    continue;
                }
                readers++;
                Cfg path = n.settings().config("model").config("settings").config("file_selection").config("path");
                // RelativeTo.WORKFLOW_DATA; LocalRelativeToWorkflowDataFSConnection roots it at <workflow>/data
                assertEquals("RELATIVE", path.string("file_system_type"));
                assertEquals("knime.workflow.data", path.string("file_system_specifier"));
                String file = w.name() + "/data/" + path.string("path");
                assertTrue(entries.containsKey(file), file + " is not in the archive");
            }
        }
        assertEquals(2, readers, "the two examples with a data file read it with KNIME's CSV Reader");
    }

    @ParameterizedTest
    @MethodSource("ourNodes")
    void ourModelsHaveTheSettingsModelLayout(LoadedNode n) {
        Cfg model = n.settings().config("model");
        for (Map.Entry<String, Object> e : model.children().entrySet()) {
            String key = e.getKey();
            if (key.endsWith("_Internals")) {
                assertTrue(model.has(key.substring(0, key.length() - "_Internals".length())), n.folder() + ": " + key);
                continue;
            }
            Cfg internals = model.config(key + "_Internals");
            String id = internals.string("SettingsModelID");
            internals.bool("EnabledStatus");
            assertTrue(SETTINGS_MODELS.containsKey(id), n.folder() + ": unknown SettingsModelID " + id);
            if (id.equals("SMID_filterString")) {
                Cfg lists = model.config(key);
                assertTrue(isArray(lists.config("InclList")) && isArray(lists.config("ExclList")), n.folder() + key);
                lists.bool("keep_all_columns_selected");
            } else {
                model.value(key, SETTINGS_MODELS.get(id));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ourNodes")
    void ourNodesNameTheBundleAndFeatureOfTheBuiltUpdateSite(LoadedNode n) throws Exception {
        Map<String, byte[]> zip = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        Attributes manifest = Artifacts.manifest(Artifacts.entries(one(zip, "plugins/org.lnet.knime_")));
        Element feature = Artifacts.xml(Artifacts.inner(one(zip, "features/org.lnet.knime.feature_"), "feature.xml"))
            .getDocumentElement();
        Cfg s = n.settings();
        assertEquals(manifest.getValue("Bundle-SymbolicName").split(";")[0], s.string("node-bundle-symbolic-name"));
        assertEquals(manifest.getValue("Bundle-Name"), s.string("node-bundle-name"));
        assertEquals(manifest.getValue("Bundle-Vendor"), s.string("node-bundle-vendor"));
        // a workflow records the versions it was saved with; KNIME loads it with any installed version at least as
        // new (the examples keep a fixed version, the build's qualifier is the commit time)
        assertNotNewer(s.string("node-bundle-version"), manifest.getValue("Bundle-Version"));
        assertEquals(feature.getAttribute("id") + ".feature.group", s.string("node-feature-symbolic-name"));
        assertEquals(feature.getAttribute("label"), s.string("node-feature-name"));
        assertEquals(feature.getAttribute("provider-name"), s.string("node-feature-vendor"));
        assertNotNewer(s.string("node-feature-version"), feature.getAttribute("version"));
    }

    private static void assertNotNewer(String saved, String built) {
        assertTrue(org.osgi.framework.Version.parseVersion(saved).compareTo(org.osgi.framework.Version.parseVersion(built)) <= 0,
            "the example records version " + saved + ", newer than the built " + built);
    }

    private static byte[] one(Map<String, byte[]> zip, String prefix) {
        List<String> names = zip.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(".jar")).toList();
        assertEquals(1, names.size(), prefix + "*.jar in the update site: " + names);
        return zip.get(names.get(0));
    }

    /** The comparator fails for the reasons it is meant to find: a legacy key, an unknown key, a type, a gap. */
    @Test
    void theComparisonFailsForTheRightReasons() {
        String xml = KnimeNodes.csvReader(1, "d.csv", 0, 0).model().toXml();
        String advanced = "<config key=\"advanced_settings\">";
        // the spec merge mode as 4.2 saved it, which later releases only read
        String legacy = xml.replace(advanced,
            advanced + "<entry key=\"spec_merge_mode\" type=\"xstring\" value=\"UNION\"/>");
        assertEquals(List.of("advanced_settings/spec_merge_mode is legacy at 5.1.0"), csvMismatches(legacy, "5.1.0"));
        String newer = xml.replace(advanced,
            advanced + "<entry key=\"check_table_spec\" type=\"xboolean\" value=\"true\"/>");
        assertEquals(List.of("advanced_settings/check_table_spec is absent at 5.1.0"), csvMismatches(newer, "5.1.0"));
        assertEquals(List.of(), csvMismatches(newer, "HEAD"));
        String wrongType = xml.replace("\"max_rows\" type=\"xlong\"", "\"max_rows\" type=\"xint\"");
        assertEquals(List.of("limit_rows/max_rows is xint, the real node has xlong at HEAD"),
            csvMismatches(wrongType, "HEAD"));
        String missing = xml.replaceAll("<entry key=\"charset\"[^>]*>", "");
        assertEquals(List.of("encoding/charset (xstring) is required at 5.1.0 but missing"),
            csvMismatches(missing, "5.1.0"));
        String invented = xml.replace("<config key=\"encoding\">",
            "<config key=\"encoding\">\n<entry key=\"bom\" type=\"xboolean\" value=\"true\"/>");
        assertEquals(List.of("encoding/bom is not written by the real node at HEAD"), csvMismatches(invented, "HEAD"));
        // follow_links became required with the newest release's migration path
        String noLinks = xml.replaceAll("<entry key=\"follow_links\"[^>]*>", "");
        assertEquals(List.of(), csvMismatches(noLinks, "5.1.0"));
        assertEquals(List.of("settings/file_selection/filter_mode/filter_options/follow_links (xboolean) is required"
            + " at HEAD but missing"), csvMismatches(noLinks, "HEAD"));
    }

    private static List<String> csvMismatches(String modelXml, String release) {
        Cfg model = XmlConfigReader.read("model", modelXml.getBytes(StandardCharsets.UTF_8));
        return mismatches(flatten(model), FACTS.nodes.get(KnimeNodes.CSV_READER), release);
    }

    /** Path to type: entries by their type, arrays as "T[]" ("[]" when empty), other configs as "config". */
    static Map<String, String> flatten(Cfg c) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(c, "", out);
        return out;
    }

    private static void flatten(Cfg c, String prefix, Map<String, String> out) {
        c.children().forEach((key, o) -> {
            String path = prefix + key;
            if (o instanceof Value v) {
                out.put(path, v.type());
            } else if (isArray((Cfg) o)) {
                Map<String, Object> ch = ((Cfg) o).children();
                out.put(path, ch.size() == 1 ? "[]" : ((Value) ch.get("0")).type() + "[]");
            } else {
                out.put(path, "config");
                flatten((Cfg) o, path + "/", out);
            }
        });
    }

    /** ConfigBase's array layout: array-size (xint) and the entries "0".."n-1" of one type, nothing else. */
    static boolean isArray(Cfg c) {
        Object size = c.children().get("array-size");
        if (!(size instanceof Value v) || !v.type().equals("xint") || c.children().size() != Integer.parseInt(
            v.value()) + 1) {
            return false;
        }
        String type = null;
        for (int i = 0; i < c.children().size() - 1; i++) {
            if (!(c.children().get(Integer.toString(i)) instanceof Value e) || type != null && !type.equals(e.type())) {
                return false;
            }
            type = e.type();
        }
        return true;
    }

    /** What in the written keys disagrees with the facts at this release; empty when all agree. */
    static List<String> mismatches(Map<String, String> written, KnimeNodeFacts.Node facts, String release) {
        List<String> out = new ArrayList<>();
        Map<String, KnimeNodeFacts.Key> keys = new LinkedHashMap<>();
        facts.keys().forEach(k -> keys.put(k.path(), k));
        written.forEach((path, type) -> {
            KnimeNodeFacts.Key k = keys.get(path);
            if (k == null) {
                boolean inMap = keys.values().stream().anyMatch(m -> m.type().equals("map")
                    && path.startsWith(m.path() + "/"));
                if (!inMap) {
                    out.add(path + " is not written by the real node at " + release);
                }
                return;
            }
            String status = k.status().get(release);
            if (status.equals("legacy") || status.equals("absent")) {
                out.add(path + " is " + status + " at " + release);
            } else if (!type.equals(k.type()) && !(type.equals("[]") && k.type().endsWith("[]"))
                && !(type.equals("config") && k.type().equals("map"))) {
                out.add(path + " is " + type + ", the real node has " + k.type() + " at " + release);
            }
        });
        for (KnimeNodeFacts.Key k : facts.keys()) {
            if (k.status().get(release).equals("required") && !written.containsKey(k.path())) {
                out.add(k.path() + " (" + k.type() + ") is required at " + release + " but missing");
            }
        }
        return out;
    }
}
