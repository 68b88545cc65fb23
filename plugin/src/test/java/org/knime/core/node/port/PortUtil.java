package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;

/**
 * Test-scope stand-in for KNIME's {@code PortUtil} (knime-core {@code org/knime/core/node/port/PortUtil.java}): the
 * zip streams KNIME hands to port serializers. As in KNIME, the output stream already has an entry open
 * ({@code portObject.file} / {@code portSpec.file}) when the serializer gets it, and the input stream is positioned
 * inside that entry; a stream whose first entry has another name is refused.
 */
public final class PortUtil {
    private PortUtil() {
    }

    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream out)
        throws IOException {
        PortObjectSpecZipOutputStream zip = new PortObjectSpecZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("portSpec.file"));
        return zip;
    }

    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream out) throws IOException {
        PortObjectZipOutputStream zip = new PortObjectZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("portObject.file"));
        return zip;
    }

    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in)
        throws IOException {
        PortObjectSpecZipInputStream zip = new PortObjectSpecZipInputStream(in);
        expect(zip.getNextEntry(), "portSpec.file");
        return zip;
    }

    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        PortObjectZipInputStream zip = new PortObjectZipInputStream(in);
        expect(zip.getNextEntry(), "portObject.file");
        return zip;
    }

    private static void expect(ZipEntry entry, String name) throws IOException {
        if (entry == null || !name.equals(entry.getName())) {
            throw new IOException("Expected zip entry '" + name + "', got '" + (entry == null ? null
                : entry.getName()) + "'");
        }
    }
}
