package org.lnet.node.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lnet.node.PortSpec;

/** The columns of a neutral table: unique names, each with a type. Immutable. */
public final class TableSpec implements PortSpec {

    private final List<ColumnSpec> columns;
    private final Map<String, Integer> index = new HashMap<>();

    public TableSpec(List<ColumnSpec> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            String name = this.columns.get(i).name();
            if (index.put(name, i) != null) {
                throw new IllegalArgumentException("Duplicate column name '" + name + "'.");
            }
        }
    }

    public static TableSpec of(ColumnSpec... columns) {
        return new TableSpec(List.of(columns));
    }

    /** Double columns with the given names. */
    public static TableSpec reals(List<String> names) {
        List<ColumnSpec> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(ColumnSpec.real(n));
        }
        return new TableSpec(cols);
    }

    public int size() {
        return columns.size();
    }

    public ColumnSpec column(int i) {
        return columns.get(i);
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    /** Index of the column with this name, -1 if there is none. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    public List<String> names() {
        List<String> out = new ArrayList<>(columns.size());
        for (ColumnSpec c : columns) {
            out.add(c.name());
        }
        return Collections.unmodifiableList(out);
    }

    /** Names of the numeric columns, in table order. */
    public List<String> numericNames() {
        List<String> out = new ArrayList<>();
        for (ColumnSpec c : columns) {
            if (c.type().isNumeric()) {
                out.add(c.name());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** This spec followed by the columns of another (names must stay unique). */
    public TableSpec append(TableSpec more) {
        List<ColumnSpec> all = new ArrayList<>(columns);
        all.addAll(more.columns);
        return new TableSpec(all);
    }

    /** A column name based on {@code base} that is not yet used here. */
    public String uniqueName(String base) {
        if (!contains(base)) {
            return base;
        }
        int i = 1;
        while (contains(base + " #" + i)) {
            i++;
        }
        return base + " #" + i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSpec t && t.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
