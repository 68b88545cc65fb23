package org.knime.core.data.def;

import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/**
 * Test-scope stand-in for KNIME's {@code StringCell} (knime-core {@code org/knime/core/data/def/StringCell.java}): a
 * non-null string, which is also its {@code toString()}.
 */
public final class StringCell extends DataCell implements StringValue {
    private static final long serialVersionUID = 1L;
    public static final DataType TYPE = DataType.getType(StringCell.class);
    private final String value;

    public StringCell(final String str) {
        this.value = Objects.requireNonNull(str, "String value can't be null.");
    }

    @Override
    public String getStringValue() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((StringCell) dc).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
