package org.lnet.engine;

/**
 * The one channel between a long computation and its host: progress reports out, cancellation in.
 * KNIME's ExecutionMonitor, Weka's StepManager and the command line each implement it in a few lines.
 * Every loop in the engine that can run for long calls {@link #checkCanceled()}.
 */
public interface Progress {

    /** Never cancels, reports nowhere. */
    Progress NONE = new Progress() {
        @Override
        public void checkCanceled() {
        }

        @Override
        public void report(double fraction, String message) {
        }
    };

    /**
     * @throws CancelledException if the host asked to stop; the computation leaves no partial result
     */
    void checkCanceled();

    /**
     * @param fraction done so far, in [0, 1]
     * @param message what is being done, for a status line
     */
    void report(double fraction, String message);

    /**
     * A view that maps this monitor's [0, 1] onto [from, to] of the parent, so nested computations can
     * report their own fractions.
     */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void checkCanceled() {
                parent.checkCanceled();
            }

            @Override
            public void report(double fraction, String message) {
                parent.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }
        };
    }
}
