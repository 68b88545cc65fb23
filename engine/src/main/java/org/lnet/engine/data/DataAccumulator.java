package org.lnet.engine.data;

import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;

/**
 * Builds a decomposition from rows streamed one at a time: rows of [X | Y] are buffered and folded into the
 * triangular factor R by a QR of [R; buffer] whenever the buffer holds enough rows, so memory stays at
 * O((D + m) max(D + m, 512)) numbers for any n. Accumulators of disjoint parts of the rows {@link #merge}: the
 * factor of the stacked parts is the factor of the whole, which is how a cluster computes it a partition at a
 * time ({@link DataDecomposition} is what {@link #finish} gives). While the caller adds rows, a full buffer is
 * folded on another core ({@link Fold}: the same blocks, the same bits). Not thread-safe; serializable (after
 * {@link #compact} it holds at most D + m rows).
 */
public final class DataAccumulator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MIN_BLOCK = 512;
    private final int d;
    private final int m;
    private final int width;
    private final int capacity;
    /** The buffered rows of [X | Y], each its own array, so growing never copies them. */
    private double[][] buffer;
    private int rows;
    private long samples;
    private double targetSumSq;
    /** The fold running in the background, if any, and a buffer it gave back for reuse. */
    private transient Fold fold;
    private transient double[][] spare;

    public DataAccumulator(int d, int m) {
        Checks.Range.COUNT.check("inputs", (long) d);
        Checks.Range.COUNT.check("targets", (long) m);
        this.d = d;
        this.m = m;
        long columns = (long) d + m;
        this.width = d + m;
        this.capacity = Math.max(2 * width, MIN_BLOCK + width);
        // up front, what every use holds: a row of [X | Y] and Theta_hat (D x m); the buffer is checked as it grows
        String remedy = "the data has D + m = " + columns + " columns; select fewer columns.";
        Checks.denseSize("inputs", 1, columns, remedy);
        Checks.denseSize("inputs", d, m, remedy);
        this.buffer = new double[Math.min(capacity, 64)][];
    }

    /**
     * Adds one sample; rows are numbered from 1 in messages.
     *
     * @param x its D inputs
     * @param y its m targets
     */
    public void add(double[] x, double[] y) {
        requireOpen();
        if (x.length != d || y.length != m) {
            throw new IllegalArgumentException("row of " + x.length + " + " + y.length + " values, expected " + d + " + " + m);
        }
        append(x, 0, y, 0);
    }

    /**
     * Adds one sample given as one row [x | y] of D + m values (what a host streaming its own rows has at hand:
     * no split into two arrays).
     */
    public void add(double[] xy) {
        requireOpen();
        if (xy.length != width) {
            throw new IllegalArgumentException("row of " + xy.length + " values, expected " + d + " + " + m);
        }
        append(xy, 0, xy, d);
    }

    private void append(double[] x, int xFrom, double[] y, int yFrom) {
        samples++;
        for (int j = 0; j < d; j++) {
            finite("X", x[xFrom + j], j);
        }
        for (int j = 0; j < m; j++) {
            double v = y[yFrom + j];
            finite("Y", v, j);
            targetSumSq += v * v;
        }
        makeRoom();
        double[] row = buffer[rows] == null ? new double[width] : buffer[rows];
        System.arraycopy(x, xFrom, row, 0, d);
        System.arraycopy(y, yFrom, row, d, m);
        buffer[rows] = row;
        rows++;
    }

    /** Room for one more buffered row: folds a full buffer into R, grows a small one. */
    private void makeRoom() {
        if (rows == capacity) {
            if (Fold.background()) {
                handOff();
            } else {
                compress();
            }
        }
        if (rows + 1 > buffer.length) {
            // the buffer holds at most `capacity` rows; wide data (n < D) never reach it, so it is checked
            // as it grows, for the rows that have come
            int grown = Math.min(capacity, 2 * rows + 1);
            Checks.denseSize("inputs", grown, width, "the data has D + m = " + width + " columns; select "
                + "fewer columns.");
            buffer = java.util.Arrays.copyOf(buffer, grown);
        }
    }

    /**
     * Adds the rows another accumulator has seen (same D and m): its buffered rows, whose Gram matrix equals that
     * of its samples, are stacked under this one's, so the result is the factor of both parts. Merging parts in
     * a fixed order gives the same numbers on every run.
     */
    public void merge(DataAccumulator other) {
        if (other.d != d || other.m != m) {
            throw new IllegalArgumentException("cannot merge " + other.d + " + " + other.m + " columns into " + d + " + " + m);
        }
        requireOpen();
        other.requireOpen();
        settle();
        other.settle();
        for (int i = 0; i < other.rows; i++) {
            makeRoom();
            buffer[rows] = other.buffer[i].clone();
            rows++;
        }
        samples += other.samples;
        targetSumSq += other.targetSumSq;
    }

    /** Folds the buffered rows into R now, if they are more than D + m, and trims the buffer: the form to ship. */
    public DataAccumulator compact() {
        requireOpen();
        settle();
        if (rows > width) {
            compress();
        }
        buffer = java.util.Arrays.copyOf(buffer, rows);
        return this;
    }

    private void finite(String name, double v, int column) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(name, name + " has a non-finite value (" + v + ") at row " + samples
                + ", column " + (column + 1) + ": remove or impute missing, NaN and infinite values first.");
        }
    }

    /** Replaces the buffered rows B by the (D + m) rows of their triangular factor R (B = Q R), here and now. */
    private void compress() {
        settle();
        Fold.inPlace(buffer, rows, width);
        rows = width;
    }

    /**
     * Hands the full buffer to a background {@link Fold} and goes on in a fresh one, whose first D + m rows are
     * kept for the factor; the next hand-off and every other use of the rows wait for it first ({@link #settle}).
     */
    private void handOff() {
        settle();
        if (fold == null) {
            fold = new Fold();
        }
        fold.start(buffer, rows, width);
        buffer = spare != null ? spare : new double[capacity][];
        spare = null;
        rows = width;
    }

    /** Waits for a background fold, if one runs, and puts its factor into the first D + m rows. */
    private void settle() {
        if (fold != null && fold.pending()) {
            spare = fold.awaitInto(buffer, width);
        }
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        settle();
        out.defaultWriteObject();
    }

    /** How many samples were added. */
    public long samples() {
        return samples;
    }

    public DataDecomposition finish() {
        return finish(DataDecomposition.defaultRcond(samples, d));
    }

    /**
     * The decomposition of the rows added. Uses up the accumulator (wide data are factored in its buffer, with
     * no copy): any later call refuses.
     */
    public DataDecomposition finish(double rcond) {
        requireOpen();
        if (samples == 0) {
            throw new InvalidInputException("X", "The data has no rows: at least one sample is needed.");
        }
        DataDecomposition.checkRcond(rcond);
        settle();
        int n = (int) Math.min(Integer.MAX_VALUE, samples);
        double[][] rowsXY = java.util.Arrays.copyOf(buffer, rows);
        buffer = null;
        DMatrixRMaj ry = new DMatrixRMaj(rows, m);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(rowsXY[i], d, ry.data, i * m, m);
        }
        if (rows < d) {
            RowLq lq = new RowLq(rowsXY, rows, d);
            return new DataDecomposition(n, d, lq.lower(), lq, ry, Math.sqrt(targetSumSq), rcond);
        }
        DMatrixRMaj rx = new DMatrixRMaj(rows, d);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(rowsXY[i], 0, rx.data, i * d, d);
        }
        return new DataDecomposition(n, d, rx, null, ry, Math.sqrt(targetSumSq), rcond);
    }

    private void requireOpen() {
        if (buffer == null) {
            throw new IllegalStateException("finish() was called: an accumulator gives one decomposition");
        }
    }
}
