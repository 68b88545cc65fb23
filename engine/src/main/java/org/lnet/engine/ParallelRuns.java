package org.lnet.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Runs independent jobs on a few threads and returns their results in job order, so the output does not depend on
 * the thread count. Only the calling thread talks to the host's {@link Progress} (hosts' monitors need not be
 * thread-safe); workers see cancellation through a flag it sets.
 */
public final class ParallelRuns {
    private ParallelRuns() {
    }

    /** The runs {h, repetition} of a width sweep in result order: each width in turn, its repetitions 0, 1, ... */
    public static List<long[]> widthGrid(long[] widths, int repetitions) {
        List<long[]> jobs = new ArrayList<>();
        for (long h : widths) {
            for (int j = 0; j < repetitions; j++) {
                jobs.add(new long[] {h, j});
            }
        }
        return jobs;
    }

    /** Jobs submitted in index order. */
    public static <T> List<T> run(int count, int threads, BiFunction<Integer, Progress, T> job, Progress progress, String label) {
        return run(count, threads, null, job, progress, label);
    }

    /**
     * @param submission the order in which jobs are handed to the threads (e.g. most expensive first, so none is
     *                   left alone at the tail), or null for index order; results stay in index order
     * @param job computes result i; the Progress it is given relays cancellation (its reports go nowhere when
     *            jobs run in parallel)
     * @param label what a job is, for progress messages ("run")
     */
    public static <T> List<T> run(int count, int threads, int[] submission, BiFunction<Integer, Progress, T> job,
                                  Progress progress, String label) {
        List<T> out = new ArrayList<>(count);
        if (threads == 1) {
            for (int i = 0; i < count; i++) {
                progress.checkCanceled();
                out.add(job.apply(i, progress.slice(i / (double) count, (i + 1.0) / count)));
                progress.report((i + 1.0) / count, label + " " + (i + 1) + " of " + count);
            }
            return out;
        }
        CancelFlag flag = new CancelFlag();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lnet-parallel-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(java.util.Collections.nCopies(count, (Future<T>) null));
            for (int i = 0; i < count; i++) {
                int index = submission == null ? i : submission[i];
                futures.set(index, pool.submit(() -> {
                    flag.checkCanceled();
                    return job.apply(index, flag);
                }));
            }
            for (int i = 0; i < count; i++) {
                out.add(await(futures.get(i), progress, flag));
                progress.report((i + 1.0) / count, label + " " + (i + 1) + " of " + count);
            }
        } finally {
            flag.cancelled = true;
            pool.shutdownNow();
        }
        return out;
    }

    private static <T> T await(Future<T> future, Progress progress, CancelFlag flag) {
        while (true) {
            try {
                progress.checkCanceled();
            } catch (CancelledException e) {
                flag.cancelled = true;
                throw e;
            }
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the host again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                flag.cancelled = true;
                throw new CancelledException();
            } catch (ExecutionException e) {
                flag.cancelled = true;
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Cancellation seen by worker threads, set only by the thread that talks to the host. */
    private static final class CancelFlag implements Progress {
        volatile boolean cancelled;

        @Override
        public void checkCanceled() {
            if (cancelled) {
                throw new CancelledException();
            }
        }

        @Override
        public void report(double fraction, String message) {
        }
    }
}
