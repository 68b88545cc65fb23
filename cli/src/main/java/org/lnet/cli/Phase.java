package org.lnet.cli;

import java.util.Locale;

/**
 * What the command is doing and how much memory that step needs, so an out-of-memory error can say what was being
 * allocated and how much, rather than blame a setting that may not be the cause.
 */
final class Phase {
    private static volatile String what = "starting";
    private static volatile long bytes = -1;

    private Phase() {
    }

    /**
     * Enters a step (the engine refuses sizes it cannot hold itself, with its own remedy; this is what an
     * out-of-memory error below its limits reports).
     *
     * @param step what is computed, e.g. "sampling U (200 x 1000000) and V (5 x 1000000)"
     * @param needed the bytes it allocates, or -1 when not known
     */
    static void enter(String step, long needed) {
        what = step;
        bytes = needed;
    }

    /** Bytes of {@code count} doubles, saturating instead of overflowing. */
    static long doubles(long... dims) {
        double n = 8;
        for (long d : dims) {
            n *= d;
        }
        return n >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) n;
    }

    /** The sentence for an OutOfMemoryError. */
    static String outOfMemory() {
        return "out of memory while " + what + (bytes > 0 ? " (about " + size(bytes) + ")" : "") + "; the Java heap "
            + "holds at most " + size(Runtime.getRuntime().maxMemory()) + ". " + remedy();
    }

    private static String remedy() {
        return "Give Java more memory (e.g. LNET_JAVA_OPTS=-Xmx8g ./lnet ...) or make the problem smaller.";
    }

    static void reset() {
        what = "starting";
        bytes = -1;
    }

    static String size(long b) {
        if (b < (1L << 20)) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        }
        if (b < (1L << 30)) {
            return String.format(Locale.ROOT, "%.1f MiB", b / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
    }
}
