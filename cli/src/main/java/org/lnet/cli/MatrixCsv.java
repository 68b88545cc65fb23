package org.lnet.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.Numbers;

/**
 * Plain numeric CSV matrices: one matrix row per line, cells separated by commas, each a number of the one grammar
 * of every host ({@link Numbers}: decimal or scientific notation). A first line of column names is handled as the
 * {@link Header} option says. Files must be UTF-8 (or ASCII) text. Every problem is reported with the file, line
 * and column and what to do.
 */
final class MatrixCsv {
    private MatrixCsv() {
    }

    /** What the first line of a file is: {@code --header yes|no|auto}. */
    enum Header {
        /** Always a line of names, skipped. */
        YES,
        /** Always data. */
        NO,
        /**
         * Names when no cell of it is a number; data when every cell is a number, except that a line reading
         * exactly 0,1,...,k-1 (the column numbers pandas writes as a header) is refused as ambiguous; a line mixing
         * names and numbers is data, so its names are reported as bad cells.
         */
        AUTO;

        /** The rule, for usage texts. */
        static final String HELP = "--header auto|yes|no   is the first line of each CSV file column names? auto "
            + "(default): yes when\n                       none of its cells is a number; a line 0,1,...,k-1 (pandas' "
            + "column numbers) is refused: say yes or no";

        static Header of(Args args) {
            String v = args.stringOr("header", "auto").trim().toLowerCase(java.util.Locale.ROOT);
            return switch (v) {
                case "auto" -> AUTO;
                case "yes" -> YES;
                case "no" -> NO;
                default -> throw new UsageException("Option --header must be auto, yes or no, not '" + v + "'.");
            };
        }
    }

    /**
     * Reads a whole (small) matrix file.
     *
     * @param option the command-line option that named the file, for messages (e.g. "x")
     */
    static DMatrixRMaj read(Path file, String option, Header header) {
        return readNamed(file, option, header).matrix();
    }

    /** A matrix and its column names (those of the file's first line, or {@code prefix1..prefixN} without one). */
    record Named(DMatrixRMaj matrix, List<String> names) {
    }

    /** As {@link #read}, keeping the column names; a file without names gets {@code option1..optionN}. */
    static Named readNamed(Path file, String option, Header header) {
        List<double[]> rows = new ArrayList<>();
        List<String> names;
        try (Rows reader = Rows.open(file, option, header)) {
            for (double[] row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            names = reader.names(option);
        }
        return new Named(matrix(rows), names);
    }

    private static DMatrixRMaj matrix(List<double[]> rows) {
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
        private final Header header;
        private BufferedReader in;
        /** The fast path, once the first data row is read; null on the line-by-line path. */
        private CsvBlocks fast;
        /** Data rows handed out, so a reread on the line-by-line path can skip them. */
        private long delivered;
        private int lineNo;
        private int width = -1;
        private int blankLine = -1;
        /** The names of a first line of names, so messages can name the column; null without one. */
        private String[] names;
        private double[] pending;

        private Rows(Path file, String option, Header header, BufferedReader in) {
            this.file = file;
            this.option = option;
            this.header = header;
            this.in = in;
        }

        static Rows open(Path file, String option, Header header) {
            Rows rows = new Rows(file, option, header, reader(file, option));
            try {
                rows.pending = rows.advance();
            } catch (RuntimeException e) {
                rows.close();
                throw e;
            }
            if (rows.pending == null) {
                rows.close();
                throw new InvalidInputException(option, "File " + file + " (--" + option + ") has no data rows.");
            }
            rows.goFast();
            return rows;
        }

        /**
         * Continues on the fast path ({@link CsvBlocks}) after the lines read so far, when they are plain: no blank
         * line yet, and each of them ended by a line feed (the line-by-line reader also ends lines at a lone carriage
         * return, which the byte count below would miss).
         */
        private void goFast() {
            if (blankLine >= 0) {
                return;
            }
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                long offset = 0;
                int lines = 0;
                int previous = -1;
                while (lines < lineNo) {
                    int b = raw.read();
                    if (b < 0 || (previous == '\r' && b != '\n')) {
                        return;
                    }
                    offset++;
                    if (b == '\n') {
                        lines++;
                    }
                    previous = b;
                }
                CsvBlocks blocks = new CsvBlocks(file, offset, width);
                in.close();
                fast = blocks;
            } catch (IOException e) {
                // stay on the line-by-line path, which reports read errors as always
            }
        }

        private static BufferedReader reader(Path file, String option) {
            BufferedReader in;
            try {
                InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                raw.mark(2);
                int b0 = raw.read();
                int b1 = raw.read();
                raw.reset();
                if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                    raw.close();
                    throw new InvalidInputException(option, "File " + file + " (--" + option + ") is UTF-16 text, not "
                        + "UTF-8: save it as UTF-8 (or plain ASCII) CSV.");
                }
                in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(option, "File " + file + " (--" + option + ") does not exist.");
            } catch (IOException e) {
                throw new InvalidInputException(option, "Cannot read " + file + " (--" + option + "): "
                    + (Files.isDirectory(file) ? "it is a directory" : IoReason.of(e)) + ".");
            }
            return in;
        }

        /** The number of values in each row. */
        int width() {
            return width;
        }

        /** The file's column names, trimmed, or prefix1..prefixN when it has no line of names. */
        List<String> names(String prefix) {
            List<String> out = new ArrayList<>(width);
            for (int j = 0; j < width; j++) {
                String name = names == null ? "" : names[j].trim();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1).trim();
                }
                out.add(name.isEmpty() ? prefix + (j + 1) : name);
            }
            return out;
        }

        /** The next row, or null after the last. */
        double[] next() {
            double[] row = pending;
            if (row != null) {
                delivered++;
                pending = fast == null ? advance() : advanceFast();
            }
            return row;
        }

        /**
         * The next row on the fast path; on an anomaly, the file is read again from its start on the line-by-line
         * path, the rows handed out so far are skipped, and that path goes on (and reports what is wrong).
         */
        private double[] advanceFast() {
            try {
                return fast.next();
            } catch (CsvBlocks.Anomaly a) {
                fast.close();
                fast = null;
                in = reader(file, option);
                lineNo = 0;
                width = -1;
                blankLine = -1;
                names = null;
                for (long i = 0; i < delivered; i++) {
                    advance();
                }
                return advance();
            }
        }

        private double[] advance() {
            while (true) {
                String line;
                try {
                    line = in.readLine();
                } catch (CharacterCodingException e) {
                    throw new InvalidInputException(option, "File " + file + " (--" + option + ") is not UTF-8 text "
                        + "(a byte that UTF-8 does not allow, near line " + (lineNo + 1) + "): save it as UTF-8 (or "
                        + "plain ASCII) CSV.");
                } catch (IOException e) {
                    throw new InvalidInputException(option, "Cannot read " + file + " (--" + option + "): "
                        + (Files.isDirectory(file) ? "it is a directory" : IoReason.of(e)) + ".");
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                if (line.indexOf('\0') >= 0) {
                    throw error(file, option, lineNo, "holds NUL bytes: the file is not UTF-8 text (UTF-16 without a "
                        + "byte-order mark?); save it as UTF-8 (or plain ASCII) CSV.");
                }
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
                if (width < 0 && cells.length == 1) {
                    String sep = separator(line, false);
                    if (sep != null) {
                        throw error(file, option, lineNo, wrongSeparator(sep));
                    }
                }
                if (width < 0 && names == null && isHeader(cells, line)) {
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

        /** Whether the first non-blank line is a line of names, by {@link #header}. */
        private boolean isHeader(String[] cells, String line) {
            if (header != Header.AUTO) {
                return header == Header.YES;
            }
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (String c : cells) {
                boolean number = Numbers.isNumber(c);
                anyNumber |= number;
                allNumbers &= number;
            }
            if (allNumbers && columnNumbers(cells)) {
                throw error(file, option, lineNo, "reads '" + shorten(line) + "', the column numbers pandas writes as "
                    + "a header line (to_csv with index=False), or data: say which with --header yes (skip it) or "
                    + "--header no (read it as data).");
            }
            return !anyNumber;
        }

        /** "column 3", or "column 3 ('x3')" when the file names its columns. */
        private String column(int j) {
            String name = names == null ? "" : names[j].trim();
            return "column " + (j + 1) + (name.isEmpty() ? "" : " ('" + name + "')");
        }

        @Override
        public void close() {
            if (fast != null) {
                fast.close();
            }
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read-only file loses nothing
            }
        }
    }

    /** Cells written exactly 0, 1, ..., k-1. */
    private static boolean columnNumbers(String[] cells) {
        for (int j = 0; j < cells.length; j++) {
            if (!cells[j].strip().equals(Integer.toString(j))) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    private static double cell(Path file, String option, int line, String column, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw error(file, option, line, column + " is empty: fill in or remove missing values.");
        }
        double v;
        try {
            v = Numbers.parse(t);
        } catch (NumberFormatException e) {
            String sep = separator(t, true);
            throw error(file, option, line, sep != null ? wrongSeparator(sep) : column + " holds '" + shorten(t)
                + "', which is not a number: " + notANumber());
        }
        if (!Double.isFinite(v)) {
            throw error(file, option, line, column + " holds the non-finite value " + t
                + ": remove or impute NaN and infinite values.");
        }
        return v;
    }

    /**
     * The separator a comma-less line was written with: one of ; tab | that splits it into several cells, or (as
     * {@code numbersOnly} demands, and always for a space, which a column name may hold) one that splits it into
     * numbers only; null when none does.
     */
    private static String separator(String line, boolean numbersOnly) {
        for (String sep : new String[] {";", "\t", "|", " "}) {
            String[] parts = line.trim().split(java.util.regex.Pattern.quote(sep) + "+");
            if (parts.length > 1 && (!(numbersOnly || sep.equals(" "))
                || java.util.Arrays.stream(parts).allMatch(p -> p.isBlank() || Numbers.isNumber(p)))) {
                return sep;
            }
        }
        return null;
    }

    private static String wrongSeparator(String sep) {
        return "has no commas: expected commas, found " + (sep.equals("\t") ? "tabs" : sep.equals(" ") ? "spaces"
            : "'" + sep + "'") + " between cells; save the file as comma-separated CSV.";
    }

    /** Why a cell is not a number. */
    private static String notANumber() {
        return "cells must be " + Numbers.NUMBER_RULE + " (only a first line of names is allowed; see --header).";
    }

    private static InvalidInputException error(Path file, String option, int line, String what) {
        return new InvalidInputException(option, "File " + file + " (--" + option + "), line " + line + " " + what);
    }

    /**
     * The header of a layer file U (D x h) or V (m x h): one column per hidden unit, h1..hH. Written so every matrix
     * the tool writes names its columns like Theta_hat; read back as a line of names ({@link Header#AUTO} or yes).
     */
    static List<String> hiddenUnits(int width) {
        return MinNormCommand.names("h", width);
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
}
