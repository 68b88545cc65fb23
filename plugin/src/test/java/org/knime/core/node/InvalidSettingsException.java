package org.knime.core.node;

/** Test-scope stand-in for KNIME's {@code InvalidSettingsException} (knime-shared {@code org.knime.core.util/src/main/java/org/knime/core/node/InvalidSettingsException.java}). */
public class InvalidSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String s) {
        super(s);
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
