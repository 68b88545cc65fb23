package org.lnet.it.reliability;

import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.table.Table;

/**
 * Each pipeline's result as named numbers, read the same way from every host's output: the node layer's tables,
 * Weka's full-precision CSV text, the CLI's CSV files and JSON. What is compared across hosts is decided here once.
 */
final class Results {

    /** Bound Evaluator columns compared across hosts (the CLI's JSON has these under the same names). */
    static final List<String> BOUNDS = List.of("c", "lambdaR", "lambdaM", "sigmaMinSq", "theorem1Rate",
        "theorem2LogBound", "initialDistanceOp", "logC");

    private Results() {
    }

    /** A table's numeric cells row by row, as one array (booleans as 0/1, missing as NaN). */
    static double[] cells(Table t, List<String> columns) {
        double[] out = new double[t.rows() * columns.size()];
        for (int r = 0; r < t.rows(); r++) {
            for (int j = 0; j < columns.size(); j++) {
                int c = t.spec().indexOf(columns.get(j));
                out[r * columns.size() + j] = t.isMissing(c, r) ? Double.NaN : t.getDouble(c, r);
            }
        }
        return out;
    }

    /** The value in a summary table's row named {@code quantity}. */
    static double summary(Table t, String quantity) {
        for (int r = 0; r < t.rows(); r++) {
            if (t.rowId(r).equals(quantity)) {
                return t.getDouble(t.spec().indexOf("value"), r);
            }
        }
        throw new AssertionError("no summary row " + quantity);
    }

    static double[] data(org.ejml.data.DMatrixRMaj m) {
        return m.data.clone();
    }

    /** A network's numbers: Θ = U V^T always, U and V themselves for explicit networks, width and frame rank. */
    static void network(Outcome.Numbers n, LinearNetwork net, boolean layers) {
        n.put("theta", data(net.theta()));
        n.put("width", net.width());
        n.put("k", net.frameRank());
        if (layers && net.isExplicit()) {
            n.put("u", data(net.u()));
            n.put("v", data(net.v()));
        }
    }

    /**
     * A CSV text of numbers (Weka's text output, the CLI's files): a header line, then rows; a first column of names
     * ({@code skipFirst}) is dropped. "true"/"false" read as 1/0 and "?" as NaN, as {@link #cells} does.
     */
    static Parsed csv(String text, boolean skipFirst) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = new ArrayList<>(List.of(lines.get(0).split(",", -1)));
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            names.add(skipFirst ? cells[0] : "");
            double[] row = new double[cells.length - (skipFirst ? 1 : 0)];
            for (int j = 0; j < row.length; j++) {
                String c = cells[j + (skipFirst ? 1 : 0)].trim();
                row[j] = c.equals("true") ? 1 : c.equals("false") ? 0 : number(c);
            }
            rows.add(row);
        }
        if (skipFirst) {
            header.remove(0);
        }
        return new Parsed(header, names, rows);
    }

    /** A number, or NaN for "?" (missing) and for text cells (e.g. the summary's quantity names). */
    private static double number(String c) {
        try {
            return Double.parseDouble(c);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    record Parsed(List<String> header, List<String> rowNames, List<double[]> rows) {
        double[] columns(List<String> wanted) {
            double[] out = new double[rows.size() * wanted.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int j = 0; j < wanted.size(); j++) {
                    int c = header.indexOf(wanted.get(j));
                    if (c < 0) {
                        throw new AssertionError("no column " + wanted.get(j) + " in " + header);
                    }
                    out[r * wanted.size() + j] = rows.get(r)[c];
                }
            }
            return out;
        }

        double[] all() {
            return columns(header);
        }

        double named(String row, String column) {
            return rows.get(rowNames.indexOf(row))[header.indexOf(column)];
        }
    }
}
