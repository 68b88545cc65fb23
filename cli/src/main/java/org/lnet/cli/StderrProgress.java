package org.lnet.cli;

import org.lnet.engine.Progress;

/**
 * Progress on stderr for an interactive terminal (a line rewritten at most twice a second), silent when
 * stderr is not a terminal or LNET_QUIET is set, so scripts and CI logs stay clean. Stdout keeps only the JSON.
 */
final class StderrProgress implements Progress {
    private final boolean enabled = System.console() != null && System.getenv("LNET_QUIET") == null;
    private long lastNanos;
    private boolean printed;

    @Override
    public void checkCanceled() {
        // the command line is cancelled with Ctrl-C, which ends the JVM; nothing to poll
    }

    @Override
    public void report(double fraction, String message) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastNanos < 500_000_000L && fraction < 1) {
            return;
        }
        lastNanos = now;
        System.err.printf("\r%3.0f%%  %-70s", 100 * Math.min(1, fraction), message);
        printed = true;
    }

    /** Ends the progress line, if one was drawn. */
    void done() {
        if (printed) {
            System.err.println();
            printed = false;
        }
    }
}
