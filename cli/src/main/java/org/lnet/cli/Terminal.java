package org.lnet.cli;

import java.io.PrintStream;

/**
 * Where the tool talks to a person: progress lines go to stderr only when a person is watching (a terminal) and
 * {@code --quiet} (or LNET_QUIET) is not given; the JSON on stdout is indented for a terminal and one line for
 * scripts and pipes. Set per run by {@link Main#run}.
 */
final class Terminal {
    private Terminal() {
    }

    /** Test hook: true or false forces the terminal check, null asks the JVM. Package-private on purpose. */
    static Boolean forced;

    private static volatile boolean quiet;
    private static volatile PrintStream err = System.err;
    private static volatile PrintStream out = System.out;

    static void start(boolean quietRun, PrintStream outStream, PrintStream errStream) {
        quiet = quietRun || System.getenv("LNET_QUIET") != null;
        out = outStream;
        err = errStream;
    }

    /** The run's stdout, for the text a command prints before its JSON (the compare table). */
    static PrintStream out() {
        return out;
    }

    /**
     * Whether a person is at a terminal. {@link System#console()} is non-null on Java 17 exactly when standard input
     * and output are both a terminal; a redirected stdout (a pipe, a file, a test) counts as not a terminal.
     */
    static boolean interactive() {
        return forced != null ? forced : System.console() != null;
    }

    /** Whether progress lines are drawn. */
    static boolean progress() {
        return !quiet && interactive();
    }

    /** The stream progress goes to (the run's stderr). */
    static PrintStream err() {
        return err;
    }
}
