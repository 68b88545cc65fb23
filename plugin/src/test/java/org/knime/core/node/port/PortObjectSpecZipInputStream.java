package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * Test-scope stand-in for KNIME's {@code PortObjectSpecZipInputStream} (knime-core {@code org/knime/core/node/port/PortObjectSpecZipInputStream.java}): a
 * plain {@code ZipInputStream}, made by {@link PortUtil}.
 */
public class PortObjectSpecZipInputStream extends ZipInputStream {
    PortObjectSpecZipInputStream(final InputStream stream) {
        super(stream);
    }
}
