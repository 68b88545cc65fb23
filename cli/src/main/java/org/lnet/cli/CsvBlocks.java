package org.lnet.cli;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fast path of {@link MatrixCsv.Rows}: the data lines after the first row, read as bytes in blocks that end at a
 * line break and parsed on all cores, in file order. It accepts only what is certainly valid: lines of exactly
 * {@code width} cells of the number grammar (ASCII digits, sign, point, exponent) with blanks or tabs around them,
 * finite values, blank lines only at the end. Anything else (a bad cell, a NaN word, a non-ASCII byte, a lone
 * carriage return, data after a blank line) is an {@link Anomaly}: the caller then rereads the file on the line-by-line
 * path, which finds the problem and reports it with the same message as always. Values are those of
 * {@link Double#parseDouble} (FastDoubleParser is correctly rounded, as the JDK is, on this grammar, a subset of
 * Java's literal syntax).
 */
final class CsvBlocks implements AutoCloseable {

    /** Thrown when the fast path cannot vouch for the rest of the file. */
    static final class Anomaly extends Exception {
        private static final long serialVersionUID = 1L;

        Anomaly() {
            super(null, null, false, false);
        }
    }

    /**
     * Bytes per block: large enough to amortize a task, small enough that the blocks in flight stay about a MB and
     * below half of G1's smallest region (a larger array is a humongous object, which fragments a small heap).
     */
    private static final int BLOCK = 1 << 18;
    /** For the benchmark's comparison: parse cells with the JDK's Double.parseDouble instead. */
    private static final boolean JDK_PARSER = Boolean.getBoolean("lnet.csv.jdkDoubleParser");

    private final FileChannel in;
    private final int width;
    private final ExecutorService pool;
    private final int inFlight;
    private final ArrayDeque<Future<Parsed>> queue = new ArrayDeque<>();
    private byte[] carry = new byte[0];
    private boolean eof;
    private Parsed current;
    private int index;
    /** A block ended with blank lines: any later data row is an anomaly. */
    private boolean trailingBlank;

    /** What one block holds: its rows, whether it ends with blank lines, whether it holds data after one. */
    private record Parsed(double[][] rows, boolean endsBlank, boolean anomaly) {
    }

    CsvBlocks(Path file, long start, int width) throws IOException {
        this.in = FileChannel.open(file, StandardOpenOption.READ);
        in.position(start);
        this.width = width;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lnet-csv");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = 2 * threads;
    }

    /** The next data row, or null after the last. */
    double[] next() throws Anomaly {
        while (current == null || index == current.rows.length) {
            fill();
            if (queue.isEmpty()) {
                return null;
            }
            Parsed p;
            try {
                p = queue.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Anomaly();
            } catch (ExecutionException e) {
                throw new Anomaly();
            }
            if (p.anomaly || (trailingBlank && p.rows.length > 0)) {
                throw new Anomaly();
            }
            trailingBlank |= p.endsBlank;
            current = p;
            index = 0;
        }
        return current.rows[index++];
    }

    /** Reads blocks and hands them to the pool until enough are in flight or the file ends. */
    private void fill() throws Anomaly {
        while (!eof && queue.size() < inFlight) {
            byte[] block = readBlock();
            if (block != null) {
                queue.add(pool.submit(() -> parse(block)));
            }
        }
    }

    /** The next bytes up to and including the last line break in them (all remaining bytes at the end). */
    private byte[] readBlock() throws Anomaly {
        try {
            int size = BLOCK;
            while (true) {
                byte[] buf = java.util.Arrays.copyOf(carry, Math.max(size, carry.length + BLOCK));
                ByteBuffer bb = ByteBuffer.wrap(buf, carry.length, buf.length - carry.length);
                while (bb.hasRemaining() && in.read(bb) >= 0) {
                    // a channel may read less than asked; keep on until full or at the end
                }
                int filled = bb.position();
                if (bb.hasRemaining()) {
                    eof = true;
                    carry = new byte[0];
                    return filled == 0 ? null : java.util.Arrays.copyOf(buf, filled);
                }
                int cut = filled - 1;
                while (cut >= 0 && buf[cut] != '\n') {
                    cut--;
                }
                if (cut < 0) {
                    // one line longer than the block: read more of it
                    carry = buf;
                    size = 2 * buf.length;
                    continue;
                }
                carry = java.util.Arrays.copyOfRange(buf, cut + 1, filled);
                return cut + 1 == buf.length ? buf : java.util.Arrays.copyOf(buf, cut + 1);
            }
        } catch (IOException e) {
            throw new Anomaly();
        }
    }

    /** Parses the lines of one block (a pool task). */
    private Parsed parse(byte[] b) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        boolean blank = false;
        int pos = 0;
        while (pos < b.length) {
            int end = pos;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            int stop = end > pos && b[end - 1] == '\r' ? end - 1 : end;
            if (isBlank(b, pos, stop)) {
                blank = true;
            } else {
                double[] row = blank ? null : row(b, pos, stop);
                if (row == null) {
                    return new Parsed(new double[0][], false, true);
                }
                rows.add(row);
            }
            pos = end + 1;
        }
        return new Parsed(rows.toArray(new double[0][]), blank, false);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The cells of one line, or null when it is not certainly a valid row of {@code width} numbers. */
    private double[] row(byte[] b, int from, int to) {
        double[] row = new double[width];
        int p = from;
        for (int j = 0; j < width; j++) {
            while (p < to && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            int start = p;
            p = number(b, p, to);
            if (p < 0) {
                return null;
            }
            double v = value(b, start, p - start);
            if (!Double.isFinite(v)) {
                return null;
            }
            row[j] = v;
            while (p < to && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (j < width - 1) {
                if (p >= to || b[p] != ',') {
                    return null;
                }
                p++;
            }
        }
        return p == to ? row : null;
    }

    /**
     * The end of the number of the grammar [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)? starting at p, or -1
     * when none starts there.
     */
    private static int number(byte[] b, int p, int to) {
        if (p < to && (b[p] == '+' || b[p] == '-')) {
            p++;
        }
        int intDigits = p;
        while (p < to && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        intDigits = p - intDigits;
        int fracDigits = 0;
        if (p < to && b[p] == '.') {
            p++;
            int f = p;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            fracDigits = p - f;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return -1;
        }
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < to && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int e = p;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == e) {
                return -1;
            }
        }
        return p;
    }

    private static double value(byte[] b, int offset, int length) {
        if (JDK_PARSER) {
            return Double.parseDouble(new String(b, offset, length, StandardCharsets.ISO_8859_1));
        }
        return JavaDoubleParser.parseDouble(b, offset, length);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            in.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }
}
