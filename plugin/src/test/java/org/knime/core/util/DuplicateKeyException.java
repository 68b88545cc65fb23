package org.knime.core.util;

/**
 * Test-scope stand-in for KNIME's {@code DuplicateKeyException} (knime-core
 * {@code org/knime/core/util/DuplicateKeyException.java}): a table got the same row ID twice.
 */
public class DuplicateKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public DuplicateKeyException(final String message, final String key) {
        super(message);
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
