package org.lnet.weka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A CSV file read without Weka, so tests check what the flows wrote independently of the reader the flows use:
 * a header line, then cells separated by commas; double quotes (CSVSaver's single quotes too) around a cell are
 * removed.
 */
public final class TestCsv {

    public final List<String> header;
    public final List<List<String>> rows;

    private TestCsv(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static TestCsv read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestCsv parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(cells(line));
            }
        }
        return new TestCsv(lines.get(0), lines.subList(1, lines.size()));
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    cell.append(c);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    public double value(int row, String column) {
        return Double.parseDouble(rows.get(row).get(column(column)));
    }

    public String text(int row, String column) {
        return rows.get(row).get(column(column));
    }

    public double[] column(String name, int from) {
        double[] out = new double[rows.size() - from];
        for (int r = from; r < rows.size(); r++) {
            out[r - from] = value(r, name);
        }
        return out;
    }

    /** The named columns as a rows x columns matrix. */
    public DMatrixRMaj matrix(List<String> columns) {
        DMatrixRMaj m = new DMatrixRMaj(rows.size(), columns.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                m.set(r, c, value(r, columns.get(c)));
            }
        }
        return m;
    }
}
