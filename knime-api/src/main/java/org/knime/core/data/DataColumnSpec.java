package org.knime.core.data;

/** Shim of KNIME's class: compile-time signatures only. */
public final class DataColumnSpec {
    private DataColumnSpec() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public String getName() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
