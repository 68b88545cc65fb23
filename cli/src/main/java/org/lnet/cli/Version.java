package org.lnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version: the Maven project version, filtered into version.properties at build time. */
final class Version {
    private Version() {
    }

    /** E.g. "0.1.0-SNAPSHOT". */
    static final String VERSION = load();

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the lnet jar: rebuild with ./mvnw");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("version.properties was not filtered by Maven: rebuild with ./mvnw");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
