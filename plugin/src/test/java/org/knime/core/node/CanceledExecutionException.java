package org.knime.core.node;

/**
 * Test-scope stand-in for KNIME's {@code CanceledExecutionException} (knime-core
 * {@code org/knime/core/node/CanceledExecutionException.java}): a checked exception with a message.
 */
public class CanceledExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String message) {
        super(message);
    }
}
