package org.knime.core.data;

import java.io.Serializable;

/**
 * Test-scope stand-in for KNIME's {@code DataCell} (knime-core {@code org/knime/core/data/DataCell.java}): the type is
 * derived from the cell's class, cells are not missing unless they say so, and {@code equals} compares cells of the
 * same class through {@link #equalsDataCell}.
 */
public abstract class DataCell implements DataValue, Serializable {
    private static final long serialVersionUID = 1L;

    public DataCell() {
    }

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public final boolean equals(final Object o) {
        return o == this || o != null && o.getClass() == getClass() && equalsDataCell((DataCell) o);
    }

    @Override
    public abstract int hashCode();
}
