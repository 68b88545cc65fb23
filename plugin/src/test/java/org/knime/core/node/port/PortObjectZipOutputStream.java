package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test-scope stand-in for KNIME's {@code PortObjectZipOutputStream} (knime-core {@code org/knime/core/node/port/PortObjectZipOutputStream.java}): a
 * plain {@code ZipOutputStream}, made by {@link PortUtil}.
 */
public class PortObjectZipOutputStream extends ZipOutputStream {
    PortObjectZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
