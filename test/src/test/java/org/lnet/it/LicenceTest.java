package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every shipped package carries the project's licence: the repository's LICENSE (the GNU GPL, version 3) byte for
 * byte inside the KNIME bundle, the KNIME feature and the Weka package, and each package's own licence field
 * (feature.xml, Description.props, CITATION.cff) names GPL-3.0-or-later.
 */
class LicenceTest {

    private static Path root() {
        return Path.of(Artifacts.property("lnet.repo.root"));
    }

    private static byte[] licence() throws IOException {
        byte[] text = Files.readAllBytes(root().resolve("LICENSE"));
        String s = new String(text, StandardCharsets.UTF_8);
        assertTrue(s.contains("GNU GENERAL PUBLIC LICENSE") && s.contains("Version 3, 29 June 2007"), "LICENSE is the GPL 3");
        return text;
    }

    @Test
    void theKnimeBundleAndFeatureInTheUpdateSiteCarryTheLicence() throws Exception {
        byte[] licence = licence();
        Map<String, byte[]> site = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        Map<String, byte[]> bundle = Artifacts.entries(one(site, "plugins/org.lnet.knime_"));
        Map<String, byte[]> feature = Artifacts.entries(one(site, "features/org.lnet.knime.feature_"));
        assertArrayEquals(licence, bundle.get("LICENSE"), "LICENSE in the bundle");
        assertArrayEquals(licence, feature.get("LICENSE"), "LICENSE in the feature");
        Element element = (Element) Artifacts.xml(feature.get("feature.xml")).getElementsByTagName("license").item(0);
        assertNotNull(element, "feature.xml has a <license>");
        assertTrue(element.getTextContent().contains("GPL-3.0-or-later"), element.getTextContent());
        assertEquals("https://www.gnu.org/licenses/gpl-3.0.txt", element.getAttribute("url"));
    }

    @Test
    void theWekaPackageCarriesTheLicence() throws Exception {
        Map<String, byte[]> zip = Artifacts.entries(Artifacts.path("lnet.weka.zip"));
        assertArrayEquals(licence(), zip.get("LICENSE"), "LICENSE at the root of the Weka package");
        Properties description = new Properties();
        description.load(new StringReader(new String(zip.get("Description.props"), StandardCharsets.UTF_8)));
        assertTrue(description.getProperty("License", "").startsWith("GPL-3.0-or-later"), description.getProperty("License"));
    }

    @Test
    void theCitationFileNamesTheSameLicenceAndBothPapers() throws IOException {
        String cff = Files.readString(root().resolve("CITATION.cff"));
        assertTrue(cff.contains("license: GPL-3.0-or-later"), "CITATION.cff licence");
        assertTrue(cff.contains("arXiv:2105.06351") && cff.contains("arXiv:2105.06569"), "both papers cited");
        assertTrue(Files.readString(root().resolve("CHANGELOG.md")).startsWith("# Changelog"));
    }

    private static byte[] one(Map<String, byte[]> zip, String prefix) {
        var names = zip.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(".jar")).toList();
        assertEquals(1, names.size(), prefix + "*.jar: " + names);
        return zip.get(names.get(0));
    }
}
