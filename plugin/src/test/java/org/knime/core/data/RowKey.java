package org.knime.core.data;

import java.util.Objects;

/**
 * Test-scope stand-in for KNIME's {@code RowKey} (knime-core {@code org/knime/core/data/RowKey.java}): a non-null
 * string; equal keys have equal strings.
 */
public final class RowKey {
    private final String key;

    public RowKey(final String key) {
        this.key = Objects.requireNonNull(key, "Row key must not be null.");
    }

    public String getString() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
