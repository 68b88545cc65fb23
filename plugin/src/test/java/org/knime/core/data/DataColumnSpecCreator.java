package org.knime.core.data;

/**
 * Test-scope stand-in for KNIME's {@code DataColumnSpecCreator} (knime-core
 * {@code org/knime/core/data/DataColumnSpecCreator.java}); as in KNIME, a null name or type is refused.
 */
public final class DataColumnSpecCreator {
    private final String name;
    private final DataType type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        if (name == null || type == null) {
            throw new NullPointerException("Name and type of a column must not be null.");
        }
        this.name = name;
        this.type = type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(name, type);
    }
}
