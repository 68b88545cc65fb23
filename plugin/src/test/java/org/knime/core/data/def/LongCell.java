package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;

/**
 * Test-scope stand-in for KNIME's {@code LongCell} (knime-core {@code org/knime/core/data/def/LongCell.java}): a long
 * that is also a DoubleValue (its double is the long converted), so long columns are numeric columns.
 */
public class LongCell extends DataCell implements LongValue, DoubleValue {
    private static final long serialVersionUID = 1L;
    public static final DataType TYPE = DataType.getType(LongCell.class);
    private final long value;

    public LongCell(final long value) {
        this.value = value;
    }

    @Override
    public long getLongValue() {
        return value;
    }

    @Override
    public double getDoubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((LongCell) dc).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
