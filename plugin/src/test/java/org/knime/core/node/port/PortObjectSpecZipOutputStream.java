package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test-scope stand-in for KNIME's {@code PortObjectSpecZipOutputStream} (knime-core {@code org/knime/core/node/port/PortObjectSpecZipOutputStream.java}): a
 * plain {@code ZipOutputStream}, made by {@link PortUtil}.
 */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {
    PortObjectSpecZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
