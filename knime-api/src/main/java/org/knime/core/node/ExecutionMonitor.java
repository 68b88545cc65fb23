package org.knime.core.node;

/** Shim of KNIME's class: compile-time signatures only. */
public class ExecutionMonitor {
    public ExecutionMonitor() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setMessage(final String message) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
