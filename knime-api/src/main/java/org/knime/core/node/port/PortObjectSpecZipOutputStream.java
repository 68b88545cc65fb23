package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Shim of KNIME's class: compile-time signatures only. */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {
    PortObjectSpecZipOutputStream(final OutputStream stream) {
        super(stream);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
