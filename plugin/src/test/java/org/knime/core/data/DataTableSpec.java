package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-scope stand-in for KNIME's {@code DataTableSpec} (knime-core {@code org/knime/core/data/DataTableSpec.java}).
 * Kept from KNIME: column names are unique (a duplicate throws IllegalArgumentException naming both positions, also
 * when two specs are joined), lookups by name answer null / -1 for an unknown column, and two specs are equal when
 * their columns are.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {
    private final DataColumnSpec[] columns;
    private final Map<String, Integer> index = new HashMap<>();

    public DataTableSpec() {
        this(new DataColumnSpec[0]);
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this.columns = colSpecs.clone();
        for (int i = 0; i < columns.length; i++) {
            Integer previous = index.put(columns[i].getName(), i);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + columns[i].getName()
                    + "\" at positions " + previous + " and " + i + ".");
            }
        }
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(join(spec1, spec2));
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        this(colSpecs);
    }

    private static DataColumnSpec[] join(DataTableSpec a, DataTableSpec b) {
        for (int i = 0; i < a.columns.length; i++) {
            if (b.containsName(a.columns[i].getName())) {
                throw new IllegalArgumentException("Table specs to join contain the duplicate column name \""
                    + a.columns[i].getName() + "\" at position " + i + " and "
                    + b.findColumnIndex(a.columns[i].getName()) + ".");
            }
        }
        DataColumnSpec[] out = Arrays.copyOf(a.columns, a.columns.length + b.columns.length);
        System.arraycopy(b.columns, 0, out, a.columns.length, b.columns.length);
        return out;
    }

    public boolean containsName(final String columnName) {
        return index.containsKey(columnName);
    }

    public int findColumnIndex(final String columnName) {
        return index.getOrDefault(columnName, -1);
    }

    public final String[] getColumnNames() {
        return Arrays.stream(columns).map(DataColumnSpec::getName).toArray(String[]::new);
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return columns[index];
    }

    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : columns[i];
    }

    public int getNumColumns() {
        return columns.length;
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return List.of(columns).iterator();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataTableSpec s && Arrays.equals(s.columns, columns);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(columns);
    }

    @Override
    public String toString() {
        return Arrays.toString(columns);
    }
}
