package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/**
 * Test-scope stand-in for KNIME's {@code DoubleCell} (knime-core {@code org/knime/core/data/def/DoubleCell.java}); it
 * holds any double, NaN included (KNIME's cell does not refuse NaN: a missing value is a separate cell).
 */
public final class DoubleCell extends DataCell implements DoubleValue {
    private static final long serialVersionUID = 1L;
    public static final DataType TYPE = DataType.getType(DoubleCell.class);
    private final double value;

    public DoubleCell(final double value) {
        this.value = value;
    }

    @Override
    public double getDoubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.compare(((DoubleCell) dc).value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
