package org.knime.core.data;

import java.io.Serializable;

/** Shim of KNIME's class: compile-time signatures only. */
public final class RowKey implements Serializable {
    private static final long serialVersionUID = 1L;

    public RowKey(final String key) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public String getString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
