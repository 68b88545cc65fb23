package org.lnet.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lnet.build.SafeXml;
import org.w3c.dom.Document;

/** The built artifacts under test, located by the build (see the module's pom), read into memory. */
public final class Artifacts {

    private Artifacts() {
    }

    public static String property(String key) {
        String v = System.getProperty(key);
        if (v == null || v.contains("${")) {
            throw new IllegalStateException("system property " + key + " is not set; run the tests through Maven");
        }
        return v;
    }

    public static String osgiVersion() {
        return property("lnet.osgi.version");
    }

    public static Path path(String key) {
        Path p = Path.of(property(key));
        if (!Files.exists(p)) {
            throw new IllegalStateException(p + " does not exist: build it first (./mvnw -B verify)");
        }
        return p;
    }

    /** Every entry of a zip (or jar), name to bytes, in archive order; directories map to empty arrays. */
    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    public static Map<String, byte[]> entries(Path zip) throws IOException {
        return entries(Files.readAllBytes(zip));
    }

    public static Attributes manifest(Map<String, byte[]> jar) throws IOException {
        byte[] m = jar.get("META-INF/MANIFEST.MF");
        if (m == null) {
            throw new AssertionError("no META-INF/MANIFEST.MF");
        }
        return new Manifest(new ByteArrayInputStream(m)).getMainAttributes();
    }

    public static Document xml(byte[] bytes) throws Exception {
        return xml(new ByteArrayInputStream(bytes));
    }

    public static Document xml(InputStream in) throws Exception {
        return SafeXml.documentBuilder().parse(in);
    }

    /** The single file of a jar entry that is itself a zip (e.g. content.jar holding content.xml). */
    public static byte[] inner(byte[] zip, String name) throws IOException {
        byte[] b = entries(zip).get(name);
        if (b == null) {
            throw new AssertionError("no " + name + " inside the archive");
        }
        return b;
    }
}
