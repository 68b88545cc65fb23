package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/**
 * Test-scope stand-in for KNIME's {@code BooleanCell} (knime-core {@code org/knime/core/data/def/BooleanCell.java}):
 * two instances; also a DoubleValue whose double is 1.0 for true and 0.0 for false, as in KNIME.
 */
public final class BooleanCell extends DataCell implements BooleanValue, DoubleValue {
    private static final long serialVersionUID = 1L;
    public static final BooleanCell TRUE = new BooleanCell(true);
    public static final BooleanCell FALSE = new BooleanCell(false);
    public static final DataType TYPE = DataType.getType(BooleanCell.class);
    private final boolean value;

    private BooleanCell(boolean value) {
        this.value = value;
    }

    @Override
    public boolean getBooleanValue() {
        return value;
    }

    @Override
    public double getDoubleValue() {
        return value ? 1.0 : 0.0;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell) dc).value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
