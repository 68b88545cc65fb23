package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.Numbers;
import org.lnet.node.Parameter;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Parameters and steps several nodes share, so one rule has one key, one text and one message everywhere. */
final class Common {

    static final String INPUT_COLUMNS = "inputColumns";
    static final String TARGET_COLUMNS = "targetColumns";

    private Common() {
    }

    static Parameter inputColumns(int port) {
        return Parameter.columns(INPUT_COLUMNS, "Input columns (X)", "Numeric columns that form the inputs X, one "
            + "sample per row. Leave empty for the automatic choice: the connected network's input columns, else every "
            + "numeric column that is not a target.", Parameter.ColumnRole.INPUTS, port);
    }

    static Parameter targetColumns(int port) {
        return Parameter.columns(TARGET_COLUMNS, "Target columns (Y)", "Numeric columns that form the targets Y. "
            + "Leave empty for the automatic choice: the connected network's target columns, else the last numeric "
            + "column.", Parameter.ColumnRole.TARGETS, port);
    }

    static Parameter rcond() {
        return Parameter.real("rcond", "Rank cut-off (rcond)", "Relative singular-value cut-off: singular values of X "
            + "at or below rcond times the largest count as zero when determining the rank r. 0 = automatic, "
            + "max(n, D) times machine epsilon, as LAPACK does.", 0).atLeast(0).below(1);
    }

    static Parameter width(long defaultValue) {
        return Parameter.whole("width", "Width h", "Number of hidden units h. With explicit width the network stores "
            + "U (D x h) and V (m x h); beyond about 2^28 entries use implicit width.", defaultValue).atLeast(1);
    }

    static Parameter implicitWidth() {
        return Parameter.flag("implicitWidth", "Implicit width", "Sample the network in a random frame of at most "
            + "m + D columns instead of storing U and V: exact in law for any width h (even 10^9) at a cost independent "
            + "of h. Implicit-width networks have no explicit U and V tables.", false);
    }

    static Parameter seed() {
        return Parameter.whole("seed", "Random seed", "Seed of the random numbers (xoroshiro128++ with Ziggurat "
            + "Gaussians): the same seed gives bit-identical results on every host.", 1);
    }

    static Parameter alpha(String description) {
        return Parameter.real("alpha", "Width exponent α", description, 0.5).above(0).atMost(1);
    }

    static Parameter loss() {
        return Parameter.choice("loss", "Loss convention", "sum: L = 1/2 ||Y - X U V^T||_F^2; mean: L = "
            + "||Y - X U V^T||_F^2 / n (the paper's experiments), the same flow with time scaled by 2/n.", "sum",
            "sum", "mean");
    }

    /**
     * The widths of a list separated by commas, semicolons or blanks, each a whole number of {@link Numbers}' grammar
     * (1e9 included), in order; at least two different widths, each listed once ({@link Checks#widthListProblem}).
     */
    static long[] widthList(Parameter widths, String text) {
        List<Long> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            long h;
            try {
                h = Numbers.parseWhole(part);
            } catch (NumberFormatException e) {
                throw widths.invalid("must list whole numbers separated by commas; '" + part + "' is not one");
            }
            if (h < 1) {
                throw widths.invalid("must list widths of at least 1; " + h + " is not");
            }
            out.add(h);
        }
        long[] list = out.stream().mapToLong(Long::longValue).toArray();
        String problem = Checks.widthListProblem(list);
        if (problem != null) {
            throw widths.invalid(problem);
        }
        return list;
    }

    /** The table spec at a port, refusing another spec type. Null when unconnected or unknown. */
    static TableSpec tableSpec(PortSpec[] specs, int port) {
        PortSpec s = specs[port];
        if (s != null && !(s instanceof TableSpec)) {
            throw new IllegalArgumentException("input " + port + " must be a table, got " + s.getClass().getSimpleName());
        }
        return (TableSpec) s;
    }

    static NetworkSpec networkSpec(PortSpec[] specs, int port) {
        PortSpec s = specs[port];
        if (s != null && !(s instanceof NetworkSpec)) {
            throw new IllegalArgumentException("input " + port + " must be a network, got " + s.getClass().getSimpleName());
        }
        return (NetworkSpec) s;
    }

    static Table table(PortValue[] inputs, int port) {
        return (Table) inputs[port];
    }

    static NetworkPortObject network(PortValue[] inputs, int port) {
        return (NetworkPortObject) inputs[port];
    }

    /** Resolves the columns and, with a network, checks D and m against it. */
    static ColumnSelection select(TableSpec spec, List<String> inputs, List<String> targets, NetworkSpec network) {
        ColumnSelection sel = ColumnSelection.resolve(spec, inputs, targets, network);
        if (network != null) {
            network.requireShape(sel.inputs(), sel.targets());
        }
        return sel;
    }

    /**
     * X and Y of the selected columns, decomposed; rcond 0 means the LAPACK-style default. The rows stream into the
     * engine's accumulator: no n x D copy of the table is made (a million-row table needs O((D + m)^2) memory here).
     */
    static DataDecomposition data(Table table, ColumnSelection sel, double rcond, Progress progress) {
        return Matrices.decompose(table, sel.inputs(), INPUT_COLUMNS, sel.targets(), TARGET_COLUMNS, 0, rcond,
            progress);
    }

    /** Refuses, before any data flows, an explicit network too large to store, pointing to implicit width. */
    static void requireStorable(int inputs, int outputs, long width, boolean implicitWidth) {
        if (!implicitWidth) {
            Checks.denseSize("width", inputs + (long) outputs, width, "use implicit width, which samples a network of "
                + "this width exactly in law at a cost independent of h.");
        }
    }

    /** Frame columns k of a freshly initialized random network: h explicit, min(h, m + D) implicit. */
    static int randomFrameRank(int inputs, int outputs, long width, boolean implicitWidth) {
        long k = implicitWidth ? Math.min(width, inputs + (long) outputs) : width;
        if (k > Integer.MAX_VALUE) {
            throw new InvalidInputException("width", "Width h = " + width + " is too large for explicit storage: "
                + "use implicit width.");
        }
        return (int) k;
    }
}
