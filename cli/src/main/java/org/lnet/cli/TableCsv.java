package org.lnet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.Numbers;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * The node layer's tables as CSV files. A table file is a numeric CSV as {@link MatrixCsv} reads it (a first line of
 * column names, then one row per line); a file whose first column is headed {@value #ROW_ID} holds the row ids there
 * (the tables Network to Table writes, whose row ids are the network's input and target names, which Table to
 * Network reads back). Written tables name their columns, list their row ids in a {@value #ROW_ID} column when they
 * are not the default Row0, Row1, ..., write numbers in round-trip precision, missing cells as empty cells and text
 * in double quotes when it holds a comma or a quote.
 */
final class TableCsv {

    /** The heading of a first column of row ids. */
    static final String ROW_ID = "rowId";

    private TableCsv() {
    }

    /** A table file; {@code option} names it in messages. */
    static Table read(Path file, String option, MatrixCsv.Header header) {
        if (header != MatrixCsv.Header.NO && firstCell(file).equals(ROW_ID)) {
            return readWithRowIds(file, option);
        }
        MatrixCsv.Named named = MatrixCsv.readNamed(file, option, header);
        return Matrices.table(named.matrix(), named.names(), null);
    }

    private static String firstCell(Path file) {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line.split(",", -1)[0].trim();
        } catch (IOException | UncheckedIOException e) {
            // the numeric reader opens the file again and reports what is wrong with it in its words
            return "";
        }
    }

    private static Table readWithRowIds(Path file, String option) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(option, "File " + file + " (--" + option + ") cannot be read: "
                + IoReason.of(e) + ".");
        }
        String[] head = lines.get(0).split(",", -1);
        List<String> names = new ArrayList<>();
        for (int j = 1; j < head.length; j++) {
            names.add(head[j].trim());
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != head.length) {
                throw new InvalidInputException(option, "File " + file + " (--" + option + "), line " + (i + 1)
                    + " has " + cells.length + " cells but the first line names " + head.length + " columns: give "
                    + "every row a row id and one value per column.");
            }
            ids.add(cells[0].trim());
            double[] row = new double[names.size()];
            for (int j = 0; j < row.length; j++) {
                String t = cells[j + 1].trim();
                try {
                    row[j] = Numbers.parse(t);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(option, "File " + file + " (--" + option + "), line " + (i + 1)
                        + ", column " + names.get(j) + ": '" + t + "' is not " + Numbers.NUMBER_RULE + ".");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(option, "File " + file + " (--" + option + ") has no data rows below its "
                + "line of names.");
        }
        DMatrixRMaj m = new DMatrixRMaj(rows.size(), names.size());
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, m.data, i * names.size(), names.size());
        }
        return Matrices.table(m, names, ids);
    }

    /** The CSV text of a table. */
    static String format(Table t) {
        TableSpec spec = t.spec();
        boolean ids = false;
        for (int r = 0; r < t.rows() && !ids; r++) {
            ids = !t.rowId(r).equals("Row" + r);
        }
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(spec.names());
        if (ids) {
            head.add(0, ROW_ID);
        }
        sb.append(String.join(",", head.stream().map(TableCsv::quoted).toList())).append('\n');
        for (int r = 0; r < t.rows(); r++) {
            String[] cells = new String[spec.size()];
            for (int c = 0; c < spec.size(); c++) {
                cells[c] = t.isMissing(c, r) ? "" : cell(t, spec.column(c).type(), c, r);
            }
            if (ids) {
                sb.append(quoted(t.rowId(r))).append(',');
            }
            sb.append(String.join(",", Arrays.asList(cells))).append('\n');
        }
        return sb.toString();
    }

    private static String cell(Table t, ColumnType type, int c, int r) {
        return switch (type) {
            case DOUBLE -> Double.toString(t.getDouble(c, r));
            case LONG -> Long.toString(t.getLong(c, r));
            case BOOLEAN -> Boolean.toString(t.getBoolean(c, r));
            case STRING -> quoted(t.getString(c, r));
        };
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
