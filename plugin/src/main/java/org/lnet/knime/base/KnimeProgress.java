package org.lnet.knime.base;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.lnet.engine.CancelledException;
import org.lnet.engine.Progress;

/** KNIME's ExecutionMonitor as the engine's {@link Progress}: progress out, cancellation in. */
public final class KnimeProgress implements Progress {

    private final ExecutionMonitor exec;

    public KnimeProgress(ExecutionMonitor exec) {
        this.exec = exec;
    }

    @Override
    public void checkCanceled() {
        try {
            exec.checkCanceled();
        } catch (CanceledExecutionException e) {
            throw new CancelledException();
        }
    }

    @Override
    public void report(double fraction, String message) {
        exec.setProgress(Math.max(0, Math.min(1, fraction)), message);
    }
}
