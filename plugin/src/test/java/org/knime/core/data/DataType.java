package org.knime.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-scope stand-in for KNIME's {@code DataType} (knime-core {@code org/knime/core/data/DataType.java}): one type per
 * cell class, whose value classes are the {@link DataValue} interfaces the cell class implements. Behaviour kept from
 * KNIME: {@link #isCompatible} is true when a value class of the type is assignable to the asked one, or the type is
 * the missing cell's (a missing cell fits every column); {@link #isASuperTypeOf} decides which cells a column of this
 * type accepts.
 */
public final class DataType {

    private static final Map<Class<?>, DataType> TYPES = new ConcurrentHashMap<>();
    private static final DataType MISSING = new DataType("MissingCell", List.of(), true);
    private static final DataCell MISSING_CELL = new MissingCell();

    private final String name;
    private final List<Class<? extends DataValue>> valueClasses;
    private final boolean missing;

    private DataType(String name, List<Class<? extends DataValue>> valueClasses, boolean missing) {
        this.name = name;
        this.valueClasses = valueClasses;
        this.missing = missing;
    }

    /** The type of a cell class (KNIME: {@code DataType.getType(Class)}). */
    public static DataType getType(final Class<? extends DataCell> cellClass) {
        if (cellClass == MissingCell.class) {
            return MISSING;
        }
        return TYPES.computeIfAbsent(cellClass, c -> new DataType(c.getSimpleName(), valueClassesOf(c), false));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends DataValue>> valueClassesOf(Class<?> cellClass) {
        List<Class<? extends DataValue>> out = new ArrayList<>();
        for (Class<?> c = cellClass; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (DataValue.class.isAssignableFrom(i) && !out.contains(i)) {
                    out.add((Class<? extends DataValue>) i);
                }
            }
        }
        return List.copyOf(out);
    }

    public static DataCell getMissingCell() {
        return MISSING_CELL;
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return missing || valueClasses.stream().anyMatch(valueClass::isAssignableFrom);
    }

    /** Whether a column of this type accepts cells of {@code other}: the same or a richer type, or missing. */
    public boolean isASuperTypeOf(final DataType other) {
        return other == this || other.missing
            || valueClasses.stream().allMatch(v -> other.valueClasses.stream().anyMatch(v::isAssignableFrom));
    }

    @Override
    public String toString() {
        return name;
    }

    /** KNIME's missing cell: {@code isMissing()} is true, and it is no value of any kind (casting it fails). */
    static final class MissingCell extends DataCell {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public String toString() {
            return "?";
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
