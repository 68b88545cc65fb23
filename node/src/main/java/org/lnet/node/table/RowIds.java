package org.lnet.node.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The row ids of a table being built. Rows are numbered {@code prefix + (index + first)} ("Row0", "Row1", ... by
 * default; Weka's "1", "2", ...) and such ids are not stored: only once a row has an id of its own are all ids kept,
 * in a list and a set that refuses duplicates. So a host whose rows carry their numbers pays neither the strings
 * nor the set.
 */
final class RowIds {
    private String prefix = "Row";
    private int first;
    /** Null while every id so far is the numbered one. */
    private List<String> ids;
    private Set<String> seen;

    void numbered(String prefix, int first) {
        if (first < 0) {
            throw new IllegalArgumentException("first row number " + first + " < 0");
        }
        this.prefix = Objects.requireNonNull(prefix);
        this.first = first;
    }

    String prefix() {
        return prefix;
    }

    int first() {
        return first;
    }

    String numbered(int row) {
        return prefix + (row + first);
    }

    /** Whether {@code id} is the numbered id of this row, without building that string. */
    private boolean isNumbered(String id, int row) {
        int p = prefix.length();
        if (id.length() <= p || !id.startsWith(prefix)) {
            return false;
        }
        long v = (long) row + first;
        int i = id.length();
        do {
            if (--i < p || id.charAt(i) != '0' + (int) (v % 10)) {
                return false;
            }
            v /= 10;
        } while (v > 0);
        return i == p;
    }

    /**
     * Records the id of row {@code row} (the rows before it recorded already).
     *
     * @param id its id, or null for its numbered one
     * @param capacity the expected number of rows, to size the list once
     * @throws IllegalArgumentException for an id an earlier row has
     */
    void add(String id, int row, int capacity) {
        if (ids == null && (id == null || isNumbered(id, row))) {
            return; // numbered ids are unique among themselves; nothing to store
        }
        if (id == null) {
            id = numbered(row);
        }
        if (ids == null) {
            ids = new ArrayList<>(Math.max(capacity, row + 1));
            seen = new HashSet<>();
            for (int r = 0; r < row; r++) {
                ids.add(numbered(r));
                seen.add(numbered(r));
            }
        }
        if (!seen.add(id)) {
            throw new IllegalArgumentException("Duplicate row id '" + id + "'.");
        }
        ids.add(id);
    }

    /** The stored ids, or null when every row has its numbered id. */
    String[] stored() {
        return ids == null ? null : ids.toArray(new String[0]);
    }
}
