package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The width sweep's worker threads ("lnet-width-sweep") after a cancelled sweep: the host thread stops at its next
 * check, and the workers must stop too rather than finish their runs in the background. They check every 64 descent
 * steps, so they end within milliseconds; the generous join only keeps a slow machine from failing the test.
 */
final class SweepThreads {

    private SweepThreads() {
    }

    static void assertAllEnded() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("lnet-width-sweep")) {
                try {
                    t.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
                assertTrue(!t.isAlive(), "a sweep worker still runs after the cancellation: " + t);
            }
        }
    }
}
