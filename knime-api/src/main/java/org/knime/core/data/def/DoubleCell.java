package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Shim of KNIME's class: compile-time signatures only (implements list reduced to the shim's value types). */
public final class DoubleCell extends DataCell implements DoubleValue {
    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public DoubleCell(final double value) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public double getDoubleValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
