package org.lnet.it.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * KNIME's bundles as released, read from knime-bundles.properties: facts copied from KNIME's public repositories by
 * test/tools/KnimeOsgiFacts.java, each with the repository, tag, commit and file it comes from.
 */
public final class KnimeReleases {

    /** The release refused on purpose: org.knime.core 5.0.0 is below the floor of our Require-Bundle. */
    public static final String BELOW_FLOOR = "5.0.0";

    /** One KNIME bundle at one release, as its MANIFEST.MF declares it. */
    public record BundleFacts(String name, String source, String symbolicName, String sourceVersion,
        String commitTime, String exportPackage, String requireBundle, Set<String> classes) {

        /**
         * The version KNIME's build gives the bundle: Tycho replaces ".qualifier" by a build timestamp; the commit
         * time stands in for it (it orders the same way, and only major.minor.micro matter to our ranges).
         */
        public String version() {
            return sourceVersion.replace("qualifier", "v" + commitTime);
        }
    }

    /** A KNIME release: its bundles, by symbolic name. */
    public record Release(String name, Map<String, BundleFacts> bundles) {

        /** The bundle among this release's that has the source file of a class, or null. */
        public String bundleOf(String className) {
            for (BundleFacts b : bundles.values()) {
                if (b.classes().contains(className)) {
                    return b.name();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("KNIME ").append(name);
            bundles.values().forEach(f -> b.append(' ').append(f.name()).append(' ').append(f.version()));
            return b.toString();
        }
    }

    private static final Properties FACTS = load();

    private KnimeReleases() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = KnimeReleases.class.getResourceAsStream("knime-bundles.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String fact(String key) {
        String v = FACTS.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("knime-bundles.properties has no " + key
                + ": regenerate it with test/tools/KnimeOsgiFacts.java");
        }
        return v;
    }

    private static List<String> list(String key) {
        String v = fact(key);
        return v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }

    /** Every recorded release, oldest first; the last is the head of KNIME's default branches. */
    public static List<Release> all() {
        List<Release> out = new ArrayList<>();
        for (String name : list("releases")) {
            out.add(release(name));
        }
        return out;
    }

    /** The releases from the floor on (all but {@link #BELOW_FLOOR}). */
    public static List<Release> supported() {
        return all().stream().filter(r -> !r.name().equals(BELOW_FLOOR)).toList();
    }

    public static Release release(String name) {
        Map<String, BundleFacts> bundles = new LinkedHashMap<>();
        for (String b : list("bundles")) {
            String p = name + "." + b + ".";
            bundles.put(b, new BundleFacts(b, fact(p + "source"), fact(p + "Bundle-SymbolicName"),
                fact(p + "Bundle-Version"), fact(p + "commitTime"), fact(p + "Export-Package"),
                fact(p + "Require-Bundle"), new TreeSet<>(list(p + "classes"))));
        }
        return new Release(name, bundles);
    }
}
