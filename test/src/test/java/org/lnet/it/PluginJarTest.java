package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lnet.knime.build.KnimeNames;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.nodes.Nodes;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bundle org.lnet.knime as KNIME will load it: manifest, plugin.xml, classes, descriptions, libraries. */
class PluginJarTest {

    private static Map<String, byte[]> jar;
    private static Attributes manifest;

    @BeforeAll
    static void open() throws Exception {
        jar = Artifacts.entries(Artifacts.path("lnet.plugin.jar"));
        manifest = Artifacts.manifest(jar);
    }

    private static List<String> list(String header) {
        List<String> out = new ArrayList<>();
        // commas inside quoted version ranges do not separate clauses
        for (String part : manifest.getValue(header).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            out.add(part.trim());
        }
        return out;
    }

    @Test
    void manifestNamesASingletonBundleOfThisVersion() {
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals("org.lnet.knime;singleton:=true", manifest.getValue("Bundle-SymbolicName"));
        assertEquals(Artifacts.osgiVersion(), manifest.getValue("Bundle-Version"));
        // the version the committed example workflows record as the one that saved them is never newer than this
        assertTrue(org.osgi.framework.Version.parseVersion(KnimeNames.bundle("bundle.version")).compareTo(
            org.osgi.framework.Version.parseVersion(manifest.getValue("Bundle-Version"))) <= 0);
        assertEquals(KnimeNames.bundle("bundle.vendor"), manifest.getValue("Bundle-Vendor"));
        assertEquals(KnimeNames.bundle("bundle.name"), manifest.getValue("Bundle-Name"));
        assertEquals("JavaSE-17", manifest.getValue("Bundle-RequiredExecutionEnvironment"));
        // only org.knime.core, which re-exports org.knime.core.util (osgi/KnimeResolutionTest checks the ranges)
        assertEquals(List.of("org.knime.core;bundle-version=\"[5.1.0,6.0.0)\""), list("Require-Bundle"));
    }

    @Test
    void bundleClassPathListsExactlyTheEmbeddedLibraries() {
        List<String> classPath = list("Bundle-ClassPath");
        assertEquals(".", classPath.get(0));
        Set<String> libs = new HashSet<>();
        for (String name : jar.keySet()) {
            if (name.startsWith("lib/") && name.endsWith(".jar")) {
                libs.add(name);
            }
        }
        assertEquals(libs, new HashSet<>(classPath.subList(1, classPath.size())));
        assertEquals(Set.of("lib/lnet-engine.jar", "lib/lnet-node.jar", "lib/ejml-core.jar", "lib/ejml-ddense.jar", "lib/commons-math3.jar",
            "lib/commons-rng-client-api.jar", "lib/commons-rng-core.jar", "lib/commons-rng-simple.jar",
            "lib/commons-rng-sampling.jar"), libs);
    }

    @Test
    void embeddedNodeLayerAndEngineAreSeparateJars() throws Exception {
        Map<String, byte[]> engine = Artifacts.entries(jar.get("lib/lnet-engine.jar"));
        Map<String, byte[]> node = Artifacts.entries(jar.get("lib/lnet-node.jar"));
        assertTrue(node.containsKey("org/lnet/node/nodes/Nodes.class"));
        assertTrue(engine.containsKey("org/lnet/engine/train/Trainer.class"));
        assertTrue(engine.keySet().stream().noneMatch(n -> n.startsWith("org/lnet/node/")), "node layer in the engine jar");
        assertTrue(node.keySet().stream().noneMatch(n -> n.startsWith("org/lnet/engine/")), "engine in the node jar");
        assertTrue(Artifacts.entries(jar.get("lib/ejml-ddense.jar")).containsKey(
            "org/ejml/dense/row/CommonOps_DDRM.class"));
    }

    @Test
    void noShimNorBuildToolIsShipped() throws Exception {
        for (Map.Entry<String, byte[]> e : jar.entrySet()) {
            assertFalse(e.getKey().startsWith("org/knime/"), "shim class shipped: " + e.getKey());
            assertFalse(e.getKey().startsWith("org/lnet/knime/build/"), "build tool shipped: " + e.getKey());
            if (e.getKey().endsWith(".jar")) {
                for (String inner : Artifacts.entries(e.getValue()).keySet()) {
                    assertFalse(inner.startsWith("org/knime/"), "shim class in " + e.getKey() + ": " + inner);
                }
            }
        }
    }

    @Test
    void pluginXmlRegistersTheCategoryEveryNodeAndThePortType() throws Exception {
        Element root = Artifacts.xml(jar.get("plugin.xml")).getDocumentElement();
        Map<String, Element> points = new java.util.HashMap<>();
        NodeList ext = root.getElementsByTagName("extension");
        for (int i = 0; i < ext.getLength(); i++) {
            Element e = (Element) ext.item(i);
            points.put(e.getAttribute("point"), e);
        }
        assertEquals(Set.of("org.knime.workbench.repository.categories", "org.knime.workbench.repository.nodes",
            "org.knime.core.PortType"), points.keySet());

        Element category = (Element) points.get("org.knime.workbench.repository.categories")
            .getElementsByTagName("category").item(0);
        assertEquals(KnimeNames.CATEGORY_PARENT, category.getAttribute("path"));
        assertEquals(KnimeNames.CATEGORY_LEVEL, category.getAttribute("level-id"));
        assertEquals(Nodes.CATEGORY, category.getAttribute("name"));
        assertTrue(jar.containsKey(category.getAttribute("icon")), category.getAttribute("icon"));

        NodeList nodes = points.get("org.knime.workbench.repository.nodes").getElementsByTagName("node");
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            registered.add(n.getAttribute("factory-class"));
            assertEquals(KnimeNames.CATEGORY_PARENT + "/" + KnimeNames.CATEGORY_LEVEL, n.getAttribute("category-path"));
        }
        Set<String> expected = new HashSet<>();
        for (LinearNetworkNode<?> node : Nodes.all()) {
            expected.add(KnimeNames.factoryClass(node));
        }
        assertEquals(expected, registered);

        Element port = (Element) points.get("org.knime.core.PortType").getElementsByTagName("portType").item(0);
        assertEquals(KnimeNames.PORT_TYPE_NAME, port.getAttribute("name"));
        for (String attribute : new String[] {"objectClass", "objectSerializer", "specClass", "specSerializer"}) {
            String cls = port.getAttribute(attribute);
            assertTrue(jar.containsKey(cls.replace('.', '/') + ".class"), attribute + " " + cls + " is not in the jar");
        }
        assertEquals(KnimeNames.PORT_OBJECT_CLASS, port.getAttribute("objectClass"));
        assertEquals(KnimeNames.PORT_SPEC_CLASS + "$Serializer", port.getAttribute("specSerializer"));
    }

    @Test
    void sharedFactoryBaseExtendsKnimesNodeFactory() {
        byte[] base = jar.get("org/lnet/knime/base/LnetNodeFactory.class");
        assertNotNull(base);
        assertTrue(new String(base, StandardCharsets.ISO_8859_1).contains("org/knime/core/node/NodeFactory"));
    }

    @Test
    void everyNodeHasFactoryModelDialogDescriptionAndIcon() throws Exception {
        for (LinearNetworkNode<?> node : Nodes.all()) {
            String pkg = KnimeNames.packageOf(node).replace('.', '/') + "/";
            String id = node.info().id();
            for (String cls : new String[] {"NodeFactory", "NodeModel", "NodeDialog"}) {
                assertNotNull(jar.get(pkg + id + cls + ".class"), pkg + id + cls);
            }
            byte[] factory = jar.get(pkg + id + "NodeFactory.class");
            assertTrue(new String(factory, StandardCharsets.ISO_8859_1).contains("org/lnet/knime/base/LnetNodeFactory"),
                id + " factory must extend the shared LnetNodeFactory");
            byte[] description = jar.get(pkg + KnimeNames.descriptionFile(node));
            assertNotNull(description, "description of " + id);
            Element root = Artifacts.xml(description).getDocumentElement();
            assertEquals(node.info().name(), root.getElementsByTagNameNS("*", "name").item(0).getTextContent());
            String icon = root.getAttribute("icon").substring(2);
            byte[] png = jar.get(pkg + icon);
            assertNotNull(png, "icon " + icon);
            assertTrue(Arrays.equals(Arrays.copyOf(png, 4), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        }
    }

    @Test
    void classesTargetTheJavaOfKnime5() {
        for (Map.Entry<String, byte[]> e : jar.entrySet()) {
            if (e.getKey().endsWith(".class")) {
                byte[] c = e.getValue();
                // class file major version 61 = Java 17, the runtime of KNIME 5.x (Bundle-RequiredExecutionEnvironment)
                assertEquals(61, ((c[6] & 0xFF) << 8) | (c[7] & 0xFF), e.getKey());
            }
        }
    }

    @Test
    void checkedInManifestAndPluginXmlAreTheOnesShipped() throws Exception {
        java.nio.file.Path dir = Artifacts.path("lnet.plugin.dir");
        assertTrue(Arrays.equals(java.nio.file.Files.readAllBytes(dir.resolve("plugin.xml")), jar.get("plugin.xml")));
        String source = java.nio.file.Files.readString(dir.resolve("META-INF/MANIFEST.MF"));
        assertTrue(source.contains("Bundle-Version: ${osgi.version}"), "the version comes from the pom");
    }
}
