package org.knime.core.data;

import java.io.Serializable;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class DataCell implements DataValue, Serializable {
    private static final long serialVersionUID = 1L;

    public DataCell() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public final DataType getType() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public abstract int hashCode();
}
