package org.lnet.engine.data;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;

/**
 * Folding buffered rows of [X | Y] into their triangular factor, the costly step of
 * {@link DataAccumulator}: B = Q R, the (D + m) rows of R replacing the rows of B. {@link #start} runs
 * it on another core while the caller reads the next rows (from a host's table, say), so reading and factoring
 * overlap; {@link #awaitInto} hands the factor over. The same rows are folded in the same blocks with the same
 * arithmetic either way, so the result is the same to the bit.
 */
final class Fold {

    /** Whether folds may run in the background: there is another core (tests switch it to compare both ways). */
    static volatile boolean enabled = Runtime.getRuntime().availableProcessors() > 1
        && ForkJoinPool.getCommonPoolParallelism() > 0 && !"false".equals(System.getProperty("lnet.backgroundFold"));

    private double[][] rows;
    private Future<?> task;

    /**
     * Replaces rows[0..count) by the width rows of their triangular factor R (rows = Q R; zeros below the diagonal
     * are written): the LQ factor of the rows' transpose is R^T ({@link RowLq}, faster here than EJML's column QR).
     */
    static void inPlace(double[][] rows, int count, int width) {
        double[][] bt = new double[width][count];
        for (int i = 0; i < count; i++) {
            double[] row = rows[i];
            for (int j = 0; j < width; j++) {
                bt[j][i] = row[j];
            }
        }
        DMatrixRMaj l = new RowLq(bt, width, count).lower();
        for (int i = 0; i < width; i++) {
            double[] row = rows[i];
            java.util.Arrays.fill(row, 0, i, 0.0);
            for (int j = i; j < width; j++) {
                row[j] = l.data[j * width + i];
            }
        }
    }

    /** Whether this thread may fold in the background: not a pool worker, which would wait on its own pool. */
    static boolean background() {
        return enabled && !(Thread.currentThread() instanceof ForkJoinWorkerThread);
    }

    /** Starts folding rows[0..count) in the background; the caller leaves those rows alone until {@link #awaitInto}. */
    void start(double[][] rows, int count, int width) {
        this.rows = rows;
        this.task = ForkJoinPool.commonPool().submit(() -> inPlace(rows, count, width));
    }

    boolean pending() {
        return task != null;
    }

    /**
     * Waits for the fold and moves its width rows of R into target[0..width) (row arrays are exchanged, nothing is
     * copied); returns the folded array, whose rows the caller may reuse.
     */
    double[][] awaitInto(double[][] target, int width) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while factoring the data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        double[][] folded = rows;
        for (int i = 0; i < width; i++) {
            double[] r = folded[i];
            folded[i] = target[i];
            target[i] = r;
        }
        rows = null;
        task = null;
        return folded;
    }
}
