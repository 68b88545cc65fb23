package org.knime.core.data;

import java.util.Objects;

/** Test-scope stand-in for KNIME's {@code DataColumnSpec} (knime-core {@code org/knime/core/data/DataColumnSpec.java}). */
public final class DataColumnSpec {
    private final String name;
    private final DataType type;

    DataColumnSpec(String name, DataType type) {
        this.name = Objects.requireNonNull(name, "column name");
        this.type = Objects.requireNonNull(type, "column type");
    }

    public String getName() {
        return name;
    }

    public DataType getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataColumnSpec c && c.name.equals(name) && c.type.equals(type);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
