package org.lnet.cli;

import java.nio.file.Path;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;

/**
 * Streams X.csv and Y.csv row by row, in step, into the engine's decomposition: memory for (D + m)^2 numbers
 * whatever the number of rows.
 */
final class CsvData {
    private CsvData() {
    }

    /**
     * @param y the targets file, or null for inputs only (Y = 0 with m columns, for initializations that need only
     *          the row space of X)
     * @param m the number of targets when y is null
     * @param rcond relative rank cut-off, or null for the default
     * @param header what the first line of each file is
     */
    static DataDecomposition decompose(Path x, String xOption, Path y, String yOption, int m, Double rcond,
                                       MatrixCsv.Header header) {
        return decomposeNamed(x, xOption, y, yOption, m, rcond, header).data();
    }

    /** The decomposition and the files' column names (x1..xD, y1..ym where a file has no line of names). */
    record Named(DataDecomposition data, java.util.List<String> inputNames, java.util.List<String> targetNames) {
    }

    /** As {@link #decompose}, keeping the column names so outputs can carry them. */
    static Named decomposeNamed(Path x, String xOption, Path y, String yOption, int m, Double rcond,
                                MatrixCsv.Header header) {
        try (MatrixCsv.Rows xs = MatrixCsv.Rows.open(x, xOption, header);
             MatrixCsv.Rows ys = y == null ? null : MatrixCsv.Rows.open(y, yOption, header)) {
            double[] zeros = new double[m];
            long columns = (long) xs.width() + (ys == null ? m : ys.width());
            Phase.enter("reading " + x + (y == null ? "" : " and " + y) + " into a QR factor of D + m = " + columns
                + " columns", Phase.doubles(Math.max(2 * columns, 512 + columns), columns));
            DataAccumulator acc = new DataAccumulator(xs.width(), ys == null ? m : ys.width());
            long n = 0;
            double[] xr = xs.next();
            double[] yr = ys == null ? zeros : ys.next();
            while (xr != null && yr != null) {
                acc.add(xr, yr);
                n++;
                xr = xs.next();
                yr = ys == null ? zeros : ys.next();
            }
            if (xr != null) {
                throw mismatch(x, y, yOption, n + 1 + remaining(xs), n);
            }
            if (ys != null && yr != null) {
                throw mismatch(x, y, yOption, n, n + 1 + remaining(ys));
            }
            DataDecomposition data = rcond == null ? acc.finish() : acc.finish(rcond);
            return new Named(data, xs.names("x"), ys == null ? MinNormCommand.names("y", m) : ys.names("y"));
        }
    }

    private static long remaining(MatrixCsv.Rows rows) {
        long count = 0;
        while (rows.next() != null) {
            count++;
        }
        return count;
    }

    static InvalidInputException mismatch(Path x, Path y, String yOption, long xRows, long yRows) {
        return new InvalidInputException(yOption, "X has " + xRows + " rows but Y has " + yRows
            + ": each sample needs one row in both (" + x + ", " + y + ").");
    }
}
