package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Shim of KNIME's class: compile-time signatures only. */
public class PortObjectSpecZipInputStream extends ZipInputStream {
    PortObjectSpecZipInputStream(final InputStream stream) {
        super(stream);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
