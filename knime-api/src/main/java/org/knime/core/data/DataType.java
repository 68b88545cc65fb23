package org.knime.core.data;

/** Shim of KNIME's class: compile-time signatures only. */
public final class DataType {
    private DataType() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
