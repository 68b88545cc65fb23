package org.knime.core.node;

/**
 * Test-scope stand-in for KNIME's {@code ExecutionMonitor} (knime-core {@code org/knime/core/node/ExecutionMonitor.java}):
 * progress and cancellation of one execution, kept in a {@link DefaultNodeProgressMonitor}. A sub-progress reports
 * into its parent's range, scaled by its share, as KNIME's {@code createSubProgress} does.
 */
public class ExecutionMonitor {
    final DefaultNodeProgressMonitor monitor;
    private final double offset;
    private final double scale;

    public ExecutionMonitor() {
        this(new DefaultNodeProgressMonitor());
    }

    public ExecutionMonitor(final DefaultNodeProgressMonitor monitor) {
        this(monitor, 0, 1);
    }

    private ExecutionMonitor(DefaultNodeProgressMonitor monitor, double offset, double scale) {
        this.monitor = monitor;
        this.offset = offset;
        this.scale = scale;
    }

    public DefaultNodeProgressMonitor getProgressMonitor() {
        return monitor;
    }

    public void checkCanceled() throws CanceledExecutionException {
        monitor.checkCanceled();
    }

    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    public void setProgress(final double progress) {
        monitor.report(offset + scale * progress, null);
    }

    public void setProgress(final double progress, final String message) {
        monitor.report(offset + scale * progress, message);
    }

    public void setMessage(final String message) {
        monitor.report(null, message);
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        Double now = monitor.getProgress();
        return new ExecutionMonitor(monitor, now == null ? 0 : now, scale * maxProg);
    }
}
