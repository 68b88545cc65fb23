package org.knime.core.node;

/** Shim of KNIME's class: compile-time signatures only. */
public class NotConfigurableException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String s) {
        super(s);
    }

    public NotConfigurableException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
