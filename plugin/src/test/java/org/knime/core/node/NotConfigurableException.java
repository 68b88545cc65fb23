package org.knime.core.node;

/** Test-scope stand-in for KNIME's {@code NotConfigurableException} (knime-core {@code org/knime/core/node/NotConfigurableException.java}). */
public class NotConfigurableException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String s) {
        super(s);
    }

    public NotConfigurableException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
