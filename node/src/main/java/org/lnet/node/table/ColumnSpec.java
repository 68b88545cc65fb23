package org.lnet.node.table;

import java.util.Objects;

/** A column's name and type. */
public record ColumnSpec(String name, ColumnType type) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static ColumnSpec real(String name) {
        return new ColumnSpec(name, ColumnType.DOUBLE);
    }
}
