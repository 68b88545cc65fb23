package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update-site zip as KNIME's "Install New Software > Add > Archive" reads it: a p2 repository with compressed
 * content and artifact metadata at its root, the feature and the bundle, and metadata that installs the feature
 * group, which requires the bundle, which requires KNIME's core bundle.
 */
class UpdateSiteTest {

    private static Map<String, byte[]> zip;
    private static String version;
    private static Map<String, Element> units;

    @BeforeAll
    static void open() throws Exception {
        zip = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        version = Artifacts.osgiVersion();
        units = new HashMap<>();
        Element repo = Artifacts.xml(Artifacts.inner(zip.get("content.jar"), "content.xml")).getDocumentElement();
        NodeList list = repo.getElementsByTagName("unit");
        for (int i = 0; i < list.getLength(); i++) {
            Element u = (Element) list.item(i);
            units.put(u.getAttribute("id"), u);
        }
    }

    private static Map<String, String> requirements(Element unit) {
        Map<String, String> out = new HashMap<>();
        NodeList req = unit.getElementsByTagName("required");
        for (int i = 0; i < req.getLength(); i++) {
            Element r = (Element) req.item(i);
            out.put(r.getAttribute("namespace") + ":" + r.getAttribute("name"), r.getAttribute("range"));
        }
        return out;
    }

    private static boolean provides(Element unit, String namespace, String name, String v) {
        NodeList p = unit.getElementsByTagName("provided");
        for (int i = 0; i < p.getLength(); i++) {
            Element e = (Element) p.item(i);
            if (e.getAttribute("namespace").equals(namespace) && e.getAttribute("name").equals(name)
                && e.getAttribute("version").equals(v)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void archiveIsAP2RepositoryAtItsRoot() {
        assertTrue(zip.keySet().containsAll(Set.of("content.jar", "artifacts.jar",
            "features/org.lnet.knime.feature_" + version + ".jar", "plugins/org.lnet.knime_" + version + ".jar")),
            zip.keySet().toString());
        for (String name : zip.keySet()) {
            assertTrue(name.startsWith("features/") || name.startsWith("plugins/") || name.equals("content.jar")
                || name.equals("artifacts.jar"), "unexpected entry " + name);
        }
    }

    @Test
    void shippedBundleIsTheBuiltOne() throws Exception {
        assertArrayEquals(Files.readAllBytes(Artifacts.path("lnet.plugin.jar")),
            zip.get("plugins/org.lnet.knime_" + version + ".jar"));
        for (String name : Artifacts.entries(zip.get("plugins/org.lnet.knime_" + version + ".jar")).keySet()) {
            assertFalse(name.startsWith("org/knime/"), "shim class in the update site: " + name);
        }
    }

    @Test
    void bundleUnitRequiresKnimeCore() {
        Element bundle = units.get("org.lnet.knime");
        assertNotNull(bundle, units.keySet().toString());
        assertEquals(version, bundle.getAttribute("version"));
        assertTrue(provides(bundle, "osgi.bundle", "org.lnet.knime", version));
        Map<String, String> req = requirements(bundle);
        assertEquals("[5.1.0,6.0.0)", req.get("osgi.bundle:org.knime.core"));
        assertFalse(req.containsKey("osgi.bundle:org.knime.workbench.repository"), req.toString());
    }

    @Test
    void featureGroupInstallsExactlyThisBundle() {
        Element group = units.get("org.lnet.knime.feature.feature.group");
        assertNotNull(group, units.keySet().toString());
        assertEquals(version, group.getAttribute("version"));
        Map<String, String> req = requirements(group);
        assertEquals("[" + version + "," + version + "]", req.get("org.eclipse.equinox.p2.iu:org.lnet.knime"));
        assertTrue(req.containsKey("org.eclipse.equinox.p2.iu:org.knime.core"), req.toString());
        assertTrue(units.containsKey("org.lnet.knime.feature.feature.jar"));
    }

    @Test
    void categoryListsTheFeatureForTheInstallDialog() {
        Element category = units.values().stream().filter(u -> {
            NodeList props = u.getElementsByTagName("property");
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                if (p.getAttribute("name").equals("org.eclipse.equinox.p2.type.category")
                    && p.getAttribute("value").equals("true")) {
                    return true;
                }
            }
            return false;
        }).findFirst().orElseThrow(() -> new AssertionError("no category unit"));
        assertTrue(requirements(category).containsKey("org.eclipse.equinox.p2.iu:org.lnet.knime.feature.feature.group"));
    }

    @Test
    void artifactRepositoryListsBundleAndFeature() throws Exception {
        Element repo = Artifacts.xml(Artifacts.inner(zip.get("artifacts.jar"), "artifacts.xml")).getDocumentElement();
        NodeList artifacts = repo.getElementsByTagName("artifact");
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < artifacts.getLength(); i++) {
            Element a = (Element) artifacts.item(i);
            found.add(a.getAttribute("classifier") + ":" + a.getAttribute("id") + ":" + a.getAttribute("version"));
        }
        assertEquals(Set.of("osgi.bundle:org.lnet.knime:" + version,
            "org.eclipse.update.feature:org.lnet.knime.feature:" + version), found);
    }

    @Test
    void featureJarDescribesTheFeatureAndItsBundle() throws Exception {
        byte[] featureJar = zip.get("features/org.lnet.knime.feature_" + version + ".jar");
        Element feature = Artifacts.xml(Artifacts.inner(featureJar, "feature.xml")).getDocumentElement();
        assertEquals(org.lnet.build.KnimeNames.bundle("feature.id"), feature.getAttribute("id"));
        assertEquals(org.lnet.build.KnimeNames.bundle("feature.name"), feature.getAttribute("label"));
        assertEquals(version, feature.getAttribute("version"));
        Element plugin = (Element) feature.getElementsByTagName("plugin").item(0);
        assertEquals("org.lnet.knime", plugin.getAttribute("id"));
        assertEquals(version, plugin.getAttribute("version"));
    }
}
