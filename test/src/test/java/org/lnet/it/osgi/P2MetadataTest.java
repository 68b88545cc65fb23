package org.lnet.it.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lnet.it.Artifacts;
import org.osgi.framework.Constants;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The p2 metadata of the update-site zip against the bundle it ships: the bundle unit and the feature group require
 * exactly what the bundle's MANIFEST.MF requires (parsed by Equinox's header parser), and the category unit has an
 * id that does not depend on the machine that built it.
 */
class P2MetadataTest {

    private static final String P2_IU = "org.eclipse.equinox.p2.iu";

    private static Map<String, Element> units;
    private static Map<String, VersionRange> manifestRequires;
    private static String version;

    @BeforeAll
    static void open() throws Exception {
        version = Artifacts.osgiVersion();
        Map<String, byte[]> zip = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        units = new HashMap<>();
        NodeList list = Artifacts.xml(Artifacts.inner(zip.get("content.jar"), "content.xml")).getDocumentElement()
            .getElementsByTagName("unit");
        for (int i = 0; i < list.getLength(); i++) {
            Element u = (Element) list.item(i);
            units.put(u.getAttribute("id"), u);
        }
        Map<String, byte[]> jar = Artifacts.entries(zip.get("plugins/org.lnet.knime_" + version + ".jar"));
        manifestRequires = new HashMap<>();
        for (ManifestElement e : ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE,
            Artifacts.manifest(jar).getValue(Constants.REQUIRE_BUNDLE))) {
            String range = e.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE);
            manifestRequires.put(e.getValue(), VersionRange.valueOf(range == null ? "0.0.0" : range));
        }
    }

    /** The unit's requirements in one namespace, name to range, leaving out those on our own units. */
    private static Map<String, VersionRange> requires(String unit, String namespace) {
        Element u = units.get(unit);
        assertTrue(u != null, "no unit " + unit + " in " + units.keySet());
        Map<String, VersionRange> out = new HashMap<>();
        NodeList req = u.getElementsByTagName("required");
        for (int i = 0; i < req.getLength(); i++) {
            Element r = (Element) req.item(i);
            if (r.getAttribute("namespace").equals(namespace) && !r.getAttribute("name").startsWith("org.lnet.")) {
                out.put(r.getAttribute("name"), VersionRange.valueOf(r.getAttribute("range")));
            }
        }
        return out;
    }

    @Test
    void bundleUnitRequiresWhatTheManifestRequires() {
        assertFalse(manifestRequires.isEmpty());
        assertEquals(manifestRequires, requires("org.lnet.knime", "osgi.bundle"));
        assertEquals(Map.of(), requires("org.lnet.knime", "java.package"), "the manifest imports no package");
    }

    @Test
    void featureGroupRequiresWhatTheManifestRequires() {
        assertEquals(manifestRequires, requires("org.lnet.knime.feature.feature.group", P2_IU));
    }

    @Test
    void theOneCategoryHasAStableIdAndListsTheFeature() {
        List<String> categories = new ArrayList<>();
        for (Element u : units.values()) {
            NodeList props = u.getElementsByTagName("property");
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                if (p.getAttribute("name").equals("org.eclipse.equinox.p2.type.category")
                    && p.getAttribute("value").equals("true")) {
                    categories.add(u.getAttribute("id"));
                }
            }
        }
        assertEquals(List.of("org.lnet.knime.category"), categories);
        String id = categories.get(0);
        // category-p2-metadata would have named it "file:/<build directory>/category.xml.<name>"
        assertFalse(id.contains("/") || id.contains(":"), id);
        Element category = units.get(id);
        assertEquals(version, category.getAttribute("version"));
        NodeList req = category.getElementsByTagName("required");
        assertEquals(1, req.getLength());
        Element r = (Element) req.item(0);
        assertEquals("org.lnet.knime.feature.feature.group", r.getAttribute("name"));
        assertEquals(VersionRange.valueOf("[" + version + "," + version + "]"),
            VersionRange.valueOf(r.getAttribute("range")));
    }
}
