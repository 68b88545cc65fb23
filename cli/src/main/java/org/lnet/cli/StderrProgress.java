package org.lnet.cli;

import org.lnet.engine.Progress;

/**
 * Progress on stderr for an interactive terminal (a line rewritten at most twice a second), silent when not at a
 * terminal or with --quiet ({@link Terminal#progress}), so scripts and CI logs stay clean. Stdout keeps only the JSON.
 */
final class StderrProgress implements Progress {
    private final boolean enabled = Terminal.progress();
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
        Terminal.err().printf("\r%3.0f%%  %-70s", 100 * Math.min(1, fraction), message);
        printed = true;
    }

    /** A line of its own (a step of a longer run), under the same rule as the progress line. */
    static void line(String text) {
        if (Terminal.progress()) {
            Terminal.err().println(text);
        }
    }

    /** Ends the progress line, if one was drawn. */
    void done() {
        if (printed) {
            Terminal.err().println();
            printed = false;
        }
    }
}
