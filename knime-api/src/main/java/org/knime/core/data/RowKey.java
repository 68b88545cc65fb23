package org.knime.core.data;

/** Shim of KNIME's class: compile-time signatures only. */
public final class RowKey {
    public RowKey(final String key) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public String getString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
