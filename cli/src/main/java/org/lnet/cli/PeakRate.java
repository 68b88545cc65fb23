package org.lnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The machine's multiply-add limits that {@code lnet bench fig1} compares its rate with: the nominal peak
 * cores x 2 FMA pipes x doubles per pipe x clock, read from /proc/cpuinfo, and the rate the JIT actually reaches on
 * this machine in a tight vector loop y += c0 x0 + c1 x1 + c2 x2 + c3 x3 over rows in the L1 cache, per CPU second
 * of each of the benchmark's threads, summed.
 */
final class PeakRate {

    private PeakRate() {
    }

    /**
     * Nominal double-precision multiply-adds per second, or NaN off Linux: cores x 2 FMA pipes x (4 doubles per
     * pipe with AVX2, 2 with SSE only) x clock. Two FMA pipes of 256 bits is what x86 server cores since Haswell and
     * Zen 2 have; Zen 4 splits an AVX-512 instruction over the same two 256-bit pipes, so AVX-512 does not double it
     * there (wider pipes, e.g. on Intel server parts, would). Without FMA the same rate needs the separate add pipes,
     * which Zen has as well.
     */
    static double nominal(int cores) {
        double[] clockAndWidth = cpuinfo();
        return cores * 2.0 * clockAndWidth[1] * clockAndWidth[0];
    }

    /** How {@link #nominal} was derived, for the benchmark's output. */
    static String nominalHow(int cores) {
        double[] clockAndWidth = cpuinfo();
        if (Double.isNaN(clockAndWidth[0])) {
            return "unknown (no clock in /proc/cpuinfo)";
        }
        return String.format(Locale.ROOT, "%d cores x 2 FMA pipes x %d doubles x %.2f GHz (/proc/cpuinfo)", cores,
            (int) clockAndWidth[1], clockAndWidth[0] / 1e9);
    }

    /** {clock in Hz, doubles per FMA pipe} from /proc/cpuinfo; NaN clock when unreadable. */
    private static double[] cpuinfo() {
        double hz = Double.NaN;
        boolean avx2 = false;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("cpu MHz") && Double.isNaN(hz)) {
                    hz = Double.parseDouble(line.substring(line.indexOf(':') + 1).trim()) * 1e6;
                }
                if (line.startsWith("flags")) {
                    avx2 |= (line + " ").contains(" avx2 ");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            hz = Double.NaN;
        }
        return new double[] {hz, avx2 ? 4 : 2};
    }

    /** Multiply-adds per CPU second of the tight vector loop, run for {@code seconds} of CPU time on each of {@code threads}. */
    static double measured(int threads, double seconds) {
        DoubleAdder total = new DoubleAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> total.add(loop(seconds)));
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }
        return total.sum();
    }

    /**
     * Multiply-adds per CPU second of one thread, best of short rounds (CPU time, not wall time, so that other
     * processes on a busy machine do not count against the loop).
     */
    private static double loop(double seconds) {
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 64;
        double[][] x = new double[5][n];
        for (double[] row : x) {
            java.util.Arrays.fill(row, 1e-3);
        }
        double best = 0;
        // a CPU-time budget, so that the JIT has compiled the loop before the best round, however busy the machine
        long end = clock.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
        do {
            long t0 = clock.getCurrentThreadCpuTime();
            int reps = 20_000;
            for (int r = 0; r < reps; r++) {
                addFour(x[0], 1e-9, -1e-9, 1e-9, -1e-9, x[1], x[2], x[3], x[4], n);
            }
            double dt = Math.max(1e-9, (clock.getCurrentThreadCpuTime() - t0) / 1e9);
            best = Math.max(best, reps * 4.0 * n / dt);
        } while (clock.getCurrentThreadCpuTime() < end);
        return best;
    }

    private static void addFour(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                                double[] x2, double[] x3, int n) {
        for (int l = 0; l < n; l++) {
            y[l] += c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l];
        }
    }
}
