package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * Test-scope stand-in for KNIME's {@code PortObjectZipInputStream} (knime-core {@code org/knime/core/node/port/PortObjectZipInputStream.java}): a
 * plain {@code ZipInputStream}, made by {@link PortUtil}.
 */
public class PortObjectZipInputStream extends ZipInputStream {
    PortObjectZipInputStream(final InputStream stream) {
        super(stream);
    }
}
