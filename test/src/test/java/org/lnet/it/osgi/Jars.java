package org.lnet.it.osgi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lnet.it.osgi.KnimeReleases.BundleFacts;

/** Jars made in the tests: stand-ins for KNIME's bundles, and our bundle with a changed manifest. */
public final class Jars {

    private Jars() {
    }

    /**
     * A stand-in for a KNIME bundle at one release: a jar holding only what the resolver and class loader look at,
     * the recorded Bundle-SymbolicName, Bundle-Version, Export-Package and Require-Bundle, plus, for each KNIME class
     * our bundle references whose source is in this bundle, a resource of that class's name containing
     * {@link #marker} (not a class: it tells which bundle a lookup reached).
     */
    public static byte[] standIn(BundleFacts f) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(org.osgi.framework.Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(org.osgi.framework.Constants.BUNDLE_SYMBOLICNAME, f.symbolicName());
        a.putValue(org.osgi.framework.Constants.BUNDLE_VERSION, f.version());
        a.putValue(org.osgi.framework.Constants.EXPORT_PACKAGE, f.exportPackage());
        if (!f.requireBundle().isEmpty()) {
            a.putValue(org.osgi.framework.Constants.REQUIRE_BUNDLE, f.requireBundle());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, m)) {
            for (String cls : f.classes()) {
                out.putNextEntry(new JarEntry(resourceOf(cls)));
                out.write(marker(f));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] marker(BundleFacts f) {
        return ("stand-in " + f.name() + " " + f.version()).getBytes(StandardCharsets.UTF_8);
    }

    public static String resourceOf(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** The same jar with one main manifest header replaced (or added). */
    public static byte[] withHeader(Map<String, byte[]> jar, String header, String value) throws IOException {
        Manifest m = new Manifest(new java.io.ByteArrayInputStream(jar.get("META-INF/MANIFEST.MF")));
        m.getMainAttributes().putValue(header, value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, m)) {
            for (Map.Entry<String, byte[]> e : jar.entrySet()) {
                if (!e.getKey().equals("META-INF/MANIFEST.MF") && !e.getKey().endsWith("/")) {
                    out.putNextEntry(new JarEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The KNIME classes a jar's bytecode references, as outer class names. Class names sit in the constant pool as
     * plain ASCII runs ("org/knime/core/node/NodeModel", also inside descriptors "(Lorg/knime/...;)V"), each ended by
     * a byte outside the name alphabet (';', '(' or the next constant's tag), so a scan of the bytes finds them all.
     */
    public static TreeSet<String> referencedKnimeClasses(Map<String, byte[]> jar) {
        TreeSet<String> out = new TreeSet<>();
        Pattern name = Pattern.compile("org/knime/[A-Za-z0-9_/$]+");
        for (Map.Entry<String, byte[]> e : jar.entrySet()) {
            if (e.getKey().endsWith(".class")) {
                Matcher m = name.matcher(new String(e.getValue(), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    out.add(m.group().split("\\$", 2)[0].replace('/', '.'));
                }
            }
        }
        return out;
    }
}
