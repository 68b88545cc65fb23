package org.lnet.it.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.it.Artifacts;
import org.lnet.it.osgi.KnimeReleases.BundleFacts;
import org.lnet.it.osgi.KnimeReleases.Release;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update-site zip installed offline by the real p2 director (Eclipse's p2 bundles from Maven Central, run as
 * {@code eclipse -application org.eclipse.equinox.p2.director}) into a scratch profile that already holds KNIME:
 * first the stand-ins of org.knime.core and org.knime.core.util at a release, published into a p2 repository by p2's
 * own FeaturesAndBundlesPublisher and installed by the director, then our feature from the zip alone. At the head
 * of KNIME's sources the install succeeds and puts the shipped bundle into the installation; at KNIME 5.0 the
 * director refuses it, naming the requirement.
 */
@Tag("slow")
class P2InstallTest {

    private static final String FEATURE_GROUP = "org.lnet.knime.feature.feature.group";

    @TempDir
    static Path work;

    private static Map<String, byte[]> zip;
    private static Release head;
    private static Release belowFloor;
    private static List<Integer> exits;
    private static String output;

    @BeforeAll
    static void installWithTheDirector() throws Exception {
        zip = Artifacts.entries(Artifacts.path("lnet.update.zip"));
        Path ours = work.resolve("update-site");
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            if (!e.getKey().endsWith("/")) {
                Files.createDirectories(ours.resolve(e.getKey()).getParent());
                Files.write(ours.resolve(e.getKey()), e.getValue());
            }
        }
        List<Release> all = KnimeReleases.all();
        head = all.get(all.size() - 1);
        belowFloor = KnimeReleases.release(KnimeReleases.BELOW_FLOOR);

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", codeSource(EclipseStarter.class) + java.io.File.pathSeparator + codeSource(P2Apps.class),
            P2Apps.class.getName(), work.toString(), Artifacts.path("lnet.p2.runtime").toString()));
        for (Release r : List.of(head, belowFloor)) {
            Path plugins = work.resolve("knime-" + r.name()).resolve("plugins");
            Files.createDirectories(plugins);
            for (BundleFacts f : r.bundles().values()) {
                Files.write(plugins.resolve(f.name() + "_" + f.version() + ".jar"), Jars.standIn(f));
            }
            String repo = work.resolve("knime-" + r.name() + "-p2").toUri().toString();
            String install = installation(r).toString();
            // -addJREIU: the JRE unit of a KNIME installation, which provides osgi.ee JavaSE 17 to our bundle
            List<String> director = List.of("-destination", install, "-bundlepool", install, "-profile", "KNIME",
                "-profileProperties", "org.eclipse.update.install.features=true", "-roaming", "-p2.os", "linux",
                "-p2.ws", "gtk", "-p2.arch", "x86_64", "-addJREIU");
            cmd.addAll(List.of("--app", "org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher", "-source",
                plugins.getParent().toString(), "-metadataRepository", repo, "-artifactRepository", repo,
                "-publishArtifacts"));
            cmd.addAll(List.of("--app", "org.eclipse.equinox.p2.director", "-repository", repo, "-installIU",
                "org.knime.core"));
            cmd.addAll(director);
            cmd.addAll(List.of("--app", "org.eclipse.equinox.p2.director", "-repository", ours.toUri().toString(),
                "-installIU", FEATURE_GROUP));
            cmd.addAll(director);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "p2 did not finish");
        output = new String(out, StandardCharsets.UTF_8);
        exits = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("EXIT ")) {
                exits.add(Integer.valueOf(line.split(" ")[2].trim()));
            }
        }
        assertEquals(6, exits.size(), output);
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static Path installation(Release r) {
        return work.resolve("installation-" + r.name());
    }

    /** Installed units (id to version) of the profile's newest state, as p2 wrote it. */
    private static Map<String, String> profile(Release r) throws Exception {
        Path dir = installation(r).resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/KNIME.profile");
        Path newest;
        try (Stream<Path> states = Files.list(dir)) {
            newest = states.filter(s -> s.toString().endsWith(".profile.gz")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Map<String, String> units = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            NodeList list = Artifacts.xml(in).getDocumentElement().getElementsByTagName("unit");
            for (int i = 0; i < list.getLength(); i++) {
                Element u = (Element) list.item(i);
                units.put(u.getAttribute("id"), u.getAttribute("version"));
            }
        }
        return units;
    }

    @Test
    void installsIntoAKnimeProfileAtTheHeadOfKnimesSources() throws Exception {
        assertEquals(List.of(0, 0, 0), exits.subList(0, 3), output);
        String v = Artifacts.osgiVersion();
        Map<String, String> units = profile(head);
        assertEquals(v, units.get(FEATURE_GROUP), units.toString());
        assertEquals(v, units.get("org.lnet.knime"), units.toString());
        assertEquals(head.bundles().get("org.knime.core").version(), units.get("org.knime.core"));
        String jar = "plugins/org.lnet.knime_" + v + ".jar";
        assertArrayEquals(zip.get(jar), Files.readAllBytes(installation(head).resolve(jar)));
    }

    @Test
    void isRefusedByP2BelowTheFloor() throws Exception {
        assertEquals(List.of(0, 0), exits.subList(3, 5), output);
        assertTrue(exits.get(5) != 0, "the director must refuse the feature on " + belowFloor);
        assertTrue(output.contains("Missing requirement") && output.contains("org.knime.core [5.1.0,6.0.0)"), output);
        assertFalse(profile(belowFloor).containsKey("org.lnet.knime"));
        assertFalse(Files.exists(installation(belowFloor).resolve("plugins/org.lnet.knime_" + Artifacts.osgiVersion()
            + ".jar")));
    }
}
