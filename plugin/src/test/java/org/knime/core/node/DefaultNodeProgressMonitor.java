package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Test-scope stand-in for KNIME's {@code DefaultNodeProgressMonitor} (knime-core
 * {@code org/knime/core/node/DefaultNodeProgressMonitor.java}), the state behind every {@link ExecutionMonitor} of one
 * execution. Kept from KNIME: {@link #setExecuteCanceled()} (the cancel button) makes every later
 * {@code checkCanceled()} throw {@link CanceledExecutionException}; a progress outside [0, 1] (NaN included) is
 * ignored. Added for tests: a log of the accepted progress, a count of ignored values and of checks after the cancel,
 * and a listener that sees every report (to press cancel at a chosen point).
 */
public final class DefaultNodeProgressMonitor {
    private volatile boolean canceled;
    private Double progress;
    private String message;
    private final List<Double> accepted = new ArrayList<>();
    private int ignored;
    private int checksAfterCancel;
    private int reportsAfterCancel;
    private BiConsumer<Double, String> listener = (p, m) -> { };

    public synchronized void checkCanceled() throws CanceledExecutionException {
        if (canceled) {
            checksAfterCancel++;
            throw new CanceledExecutionException("ProgressMonitor has been canceled.");
        }
    }

    /** KNIME's cancel button. */
    public void setExecuteCanceled() {
        canceled = true;
    }

    public boolean isCanceled() {
        return canceled;
    }

    synchronized void report(Double newProgress, String newMessage) {
        if (canceled) {
            reportsAfterCancel++;
        }
        if (newProgress != null) {
            if (newProgress >= 0.0 && newProgress <= 1.0) {
                progress = newProgress;
                accepted.add(newProgress);
            } else {
                ignored++;
            }
        }
        if (newMessage != null) {
            message = newMessage;
        }
        listener.accept(newProgress, newMessage);
    }

    public synchronized Double getProgress() {
        return progress;
    }

    public synchronized String getMessage() {
        return message;
    }

    /** Every progress value KNIME accepted, in order. */
    public synchronized List<Double> acceptedProgress() {
        return List.copyOf(accepted);
    }

    /** How many progress values KNIME would have ignored (outside [0, 1] or NaN). */
    public synchronized int ignoredProgress() {
        return ignored;
    }

    public synchronized int checksAfterCancel() {
        return checksAfterCancel;
    }

    public synchronized int reportsAfterCancel() {
        return reportsAfterCancel;
    }

    /** Sees every report (progress or null, message or null), e.g. to press cancel at a chosen report. */
    public synchronized void setListener(BiConsumer<Double, String> l) {
        listener = l;
    }
}
