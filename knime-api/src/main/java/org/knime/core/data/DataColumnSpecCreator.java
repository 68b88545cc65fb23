package org.knime.core.data;

/** Shim of KNIME's class: compile-time signatures only. */
public final class DataColumnSpecCreator {
    public DataColumnSpecCreator(final String name, final DataType type) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
