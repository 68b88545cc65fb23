package org.lnet.it.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.it.Artifacts;
import org.lnet.it.osgi.KnimeReleases.BundleFacts;
import org.lnet.it.osgi.KnimeReleases.Release;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Our bundle, as shipped in the update-site zip, resolved by the real Equinox resolver against stand-ins carrying
 * the symbolic names, versions, exported packages and re-export relationship of KNIME's bundles at every release from
 * the floor to the head of KNIME's sources (knime-bundles.properties); refused below the floor; and the former
 * requirement on org.knime.core.util [5.1.0,6.0.0) refused at every release, so the harness can fail.
 */
@Tag("slow")
class KnimeResolutionTest {

    private static byte[] shippedJar;
    private static Map<String, byte[]> shipped;
    /** The shipped bundle with the former, wrong, requirement on org.knime.core.util added. */
    private static byte[] formerRequirements;

    @BeforeAll
    static void open() throws Exception {
        Map<String, byte[]> zip = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        shippedJar = zip.get("plugins/org.lnet.knime_" + Artifacts.osgiVersion() + ".jar");
        assertNotNull(shippedJar, "no bundle in the update site: " + zip.keySet());
        shipped = Artifacts.entries(shippedJar);
        formerRequirements = Jars.withHeader(shipped, Constants.REQUIRE_BUNDLE,
            Artifacts.manifest(shipped).getValue(Constants.REQUIRE_BUNDLE)
            + ",org.knime.core.util;bundle-version=\"[5.1.0,6.0.0)\"");
    }

    static Stream<Release> supported() {
        return KnimeReleases.supported().stream();
    }

    private static Bundle installWithKnime(Equinox osgi, Release release, byte[] ours) throws Exception {
        for (BundleFacts f : release.bundles().values()) {
            osgi.install(f.name() + "@" + release.name(), Jars.standIn(f));
        }
        return osgi.install("org.lnet.knime", ours);
    }

    private static byte[] read(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supported")
    void resolvesAndSeesEveryKnimeClassItUsesAtEverySupportedRelease(Release release) throws Exception {
        try (Equinox osgi = new Equinox()) {
            Bundle ours = installWithKnime(osgi, release, shippedJar);
            assertTrue(osgi.resolve(ours), () -> release + ": " + Equinox.whyUnresolved(ours));

            Set<String> wiredTo = ours.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)
                .stream().map(w -> w.getProvider().getSymbolicName()).collect(Collectors.toSet());
            assertEquals(Set.of("org.knime.core"), wiredTo, "Require-Bundle wires at " + release);

            // each KNIME class the bytecode names is reached through org.knime.core (and its re-export of
            // org.knime.core.util), in the bundle whose sources hold it at this release
            for (String cls : Jars.referencedKnimeClasses(shipped)) {
                String holder = release.bundleOf(cls);
                assertNotNull(holder, cls + " is used by our bundle but not recorded for " + release
                    + ": rerun test/tools/KnimeOsgiFacts.java (or KNIME does not have it there)");
                URL url = ours.getResource(Jars.resourceOf(cls));
                assertNotNull(url, cls + " is not visible to our bundle at " + release);
                assertArrayEquals(Jars.marker(release.bundles().get(holder)), read(url), cls + " at " + release);
            }
        }
    }

    @Test
    void isRefusedBelowTheFloor() throws Exception {
        Release old = KnimeReleases.release(KnimeReleases.BELOW_FLOOR);
        try (Equinox osgi = new Equinox()) {
            Bundle ours = installWithKnime(osgi, old, shippedJar);
            assertFalse(osgi.resolve(ours), old + " must be refused: org.knime.core 5.0 is below our floor");
            String why = Equinox.whyUnresolved(ours);
            assertTrue(why.contains("org.knime.core"), why);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supported")
    void theFormerUtilRangeIsRefusedAtEverySupportedRelease(Release release) throws Exception {
        try (Equinox osgi = new Equinox()) {
            Bundle wrong = installWithKnime(osgi, release, formerRequirements);
            assertFalse(osgi.resolve(wrong), "util [5.1.0,6.0.0) must not resolve at " + release);
            String why = Equinox.whyUnresolved(wrong);
            assertTrue(why.contains("org.knime.core.util") && why.contains("[5.1.0,6.0.0)"), why);
        }
    }

    @Test
    void everyBundleClassPathEntryIsInTheJarAndServesItsClasses() throws Exception {
        List<Release> all = KnimeReleases.supported();
        Release newest = all.get(all.size() - 1);
        try (Equinox osgi = new Equinox()) {
            Bundle ours = installWithKnime(osgi, newest, shippedJar);
            assertTrue(osgi.resolve(ours), () -> Equinox.whyUnresolved(ours));
            List<String> libs = new ArrayList<>();
            for (ManifestElement e : ManifestElement.parseHeader(Constants.BUNDLE_CLASSPATH,
                Artifacts.manifest(shipped).getValue(Constants.BUNDLE_CLASSPATH))) {
                if (!e.getValue().equals(".")) {
                    libs.add(e.getValue());
                }
            }
            assertFalse(libs.isEmpty());
            for (String lib : libs) {
                assertNotNull(ours.getEntry(lib), lib + " is on Bundle-ClassPath but not in the jar");
                // the first class of each embedded jar, looked up through the bundle's class loader
                Map<String, byte[]> inner = Artifacts.entries(shipped.get(lib));
                String first = new TreeSet<>(inner.keySet().stream().filter(n -> n.endsWith(".class")
                    && n.contains("/") && !n.startsWith("META-INF/")).toList()).first();
                URL url = ours.getResource(first);
                assertNotNull(url, first + " of " + lib + " is not served by the bundle class path");
                assertArrayEquals(inner.get(first), read(url), first);
            }
            // and the node layer's entry point loads as a class from lib/lnet-node.jar
            assertEquals(ours, org.osgi.framework.FrameworkUtil.getBundle(ours.loadClass("org.lnet.node.nodes.Nodes")));
        }
    }
}
