package org.lnet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;

/**
 * Plain numeric CSV matrices: one matrix row per line, comma-separated; a first line of names is allowed and
 * skipped. Every problem is reported with the file, line and column and what to do.
 */
final class MatrixCsv {
    private MatrixCsv() {
    }

    /**
     * Reads a whole (small) matrix file.
     *
     * @param option the command-line option that named the file, for messages (e.g. "x")
     */
    static DMatrixRMaj read(Path file, String option) {
        List<double[]> rows = new ArrayList<>();
        try (Rows reader = Rows.open(file, option)) {
            for (double[] row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        int width = rows.get(0).length;
        DMatrixRMaj m = new DMatrixRMaj(rows.size(), width);
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, m.data, i * width, width);
        }
        return m;
    }

    /**
     * The rows of a matrix file, one at a time, so a million-row file needs memory for one line: the same checks
     * and messages as {@link #read}. At least one data row, or the open fails.
     */
    static final class Rows implements AutoCloseable {
        private final Path file;
        private final String option;
        private final BufferedReader in;
        private int lineNo;
        private int width = -1;
        private int blankLine = -1;
        /** The names of a first line of names, so messages can name the column; null without one. */
        private String[] names;
        private double[] pending;

        private Rows(Path file, String option, BufferedReader in) {
            this.file = file;
            this.option = option;
            this.in = in;
        }

        static Rows open(Path file, String option) {
            BufferedReader in;
            try {
                in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(option, "File " + file + " (--" + option + ") does not exist.");
            } catch (IOException e) {
                throw new InvalidInputException(option, "Cannot read " + file + " (--" + option + "): " + e.getMessage());
            }
            Rows rows = new Rows(file, option, in);
            rows.pending = rows.advance();
            if (rows.pending == null) {
                rows.close();
                throw new InvalidInputException(option, "File " + file + " (--" + option + ") has no data rows.");
            }
            return rows;
        }

        /** The number of values in each row. */
        int width() {
            return width;
        }

        /** The next row, or null after the last. */
        double[] next() {
            double[] row = pending;
            pending = row == null ? null : advance();
            return row;
        }

        private double[] advance() {
            while (true) {
                String line;
                try {
                    line = in.readLine();
                } catch (IOException e) {
                    throw new InvalidInputException(option, "Cannot read " + file + " (--" + option + "): " + e.getMessage());
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    if (blankLine < 0) {
                        blankLine = lineNo;
                    }
                    continue;
                }
                if (blankLine >= 0) {
                    throw error(file, option, blankLine, "is blank: remove empty lines between data rows.");
                }
                String[] cells = line.split(",", -1);
                if (lineNo == 1 && isHeader(cells)) {
                    width = cells.length;
                    names = cells;
                    continue;
                }
                if (width >= 0 && cells.length != width) {
                    throw error(file, option, lineNo, "has " + cells.length + " cells but the first line has " + width
                        + ": every row needs the same number of columns.");
                }
                width = cells.length;
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = cell(file, option, lineNo, column(j), cells[j]);
                }
                return row;
            }
        }

        /** "column 3", or "column 3 ('x3')" when the file names its columns. */
        private String column(int j) {
            String name = names == null ? "" : names[j].trim();
            return "column " + (j + 1) + (name.isEmpty() ? "" : " ('" + name + "')");
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read-only file loses nothing
            }
        }
    }

    private static boolean isHeader(String[] cells) {
        for (String c : cells) {
            String t = c.trim();
            if (t.isEmpty() || parses(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String t) {
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double cell(Path file, String option, int line, String column, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw error(file, option, line, column + " is empty: fill in or remove missing values.");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(file, option, line, column + " holds '" + t + "', which is not a number: "
                + "matrices must be numeric (only a first line of names is allowed).");
        }
        if (!Double.isFinite(v)) {
            throw error(file, option, line, column + " holds the non-finite value " + t
                + ": remove or impute NaN and infinite values.");
        }
        return v;
    }

    private static InvalidInputException error(Path file, String option, int line, String what) {
        return new InvalidInputException(option, "File " + file + " (--" + option + "), line " + line + " " + what);
    }

    /** The CSV text of a matrix, with an optional header line, numbers in round-trip precision. */
    static String format(DMatrixRMaj m, List<String> header) {
        StringBuilder sb = new StringBuilder(m.numRows * m.numCols * 22);
        if (header != null) {
            sb.append(String.join(",", header)).append('\n');
        }
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(m.unsafe_get(i, j));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes text so that the file either keeps its old content or gets all of the new one: a temporary file
     * beside it, then an atomic rename.
     */
    static void writeAtomically(Path target, byte[] content) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(tmp, content);
                if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                    // temporary files are private; the result should be readable like any file the user writes
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
