package org.lnet.node.nodes;

import java.util.List;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.LossConvention;
import org.lnet.node.ChoiceSetting;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.FlagSetting;
import org.lnet.node.Parameter;
import org.lnet.node.RealSetting;
import org.lnet.node.WholeSetting;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Settings and steps several nodes share, so one rule has one key, one text and one message everywhere. */
final class Common {

    static final String INPUT_COLUMNS = "inputColumns";
    static final String TARGET_COLUMNS = "targetColumns";

    /** The rank cut-off of the data decomposition, 0 for the LAPACK-style default. */
    static final RealSetting RCOND = RealSetting.real("rcond", "Rank cut-off (rcond)", "Relative singular-value "
        + "cut-off: singular values of X at or below rcond times the largest count as zero when determining the rank "
        + "r. 0 = automatic, max(n, D) times machine epsilon, as LAPACK does.", 0).atLeast(0).below(1);

    /** The width h of the initializers' networks. */
    static final WholeSetting WIDTH = WholeSetting.whole("width", "Width h", "Number of hidden units h. With "
        + "explicit width the network stores U (D x h) and V (m x h); beyond about 2^28 entries use implicit width.",
        100).within(Checks.Range.COUNT);

    static final FlagSetting IMPLICIT_WIDTH = FlagSetting.flag("implicitWidth", "Implicit width", "Sample the "
        + "network in a random frame of at most m + D columns instead of storing U and V: exact in law for any width h "
        + "(even 10^9) at a cost independent of h. Implicit-width networks have no explicit U and V tables.", false);

    static final WholeSetting SEED = WholeSetting.whole("seed", "Random seed", "Seed of the random numbers "
        + "(xoroshiro128++ with Ziggurat Gaussians): the same seed gives bit-identical results on every host.", 1);

    /** The base seed of a sweep. */
    static final WholeSetting BASE_SEED = WholeSetting.whole("seed", "Base seed", "Run (h, j) uses a seed derived "
        + "from this one, so results do not depend on the order or the number of threads.", 1);

    /** Worker threads of a sweep. */
    static final WholeSetting THREADS = WholeSetting.whole("threads", "Threads", "Worker threads; 0 = one per "
        + "processor. The results are identical for any number of threads.", 0).atLeast(0).atMost(1024);

    private Common() {
    }

    static ColumnsSetting inputColumns(int port) {
        return ColumnsSetting.columns(INPUT_COLUMNS, "Input columns (X)", "Numeric columns that form the inputs X, "
            + "one sample per row. Leave empty for the automatic choice: the connected network's input columns, else "
            + "every numeric column that is not a target.", Parameter.ColumnRole.INPUTS, port);
    }

    static ColumnsSetting targetColumns(int port) {
        return ColumnsSetting.columns(TARGET_COLUMNS, "Target columns (Y)", "Numeric columns that form the targets Y. "
            + "Leave empty for the automatic choice: the connected network's target columns, else the last numeric "
            + "column.", Parameter.ColumnRole.TARGETS, port);
    }

    /** The width exponent α of N(0, h^(-2α)) initializations, with the node's own explanation. */
    static RealSetting alpha(String description) {
        return RealSetting.real("alpha", "Width exponent α", description, 0.5).above(0).atMost(1);
    }

    /** The loss convention; {@code prediction} says what Ŷ is in this node. */
    static ChoiceSetting<LossConvention> loss(LossConvention defaultValue, String prediction) {
        return ChoiceSetting.choice("loss", "Loss convention", prediction + " The stop tolerance is in the same "
            + "convention.", LossConvention.class, defaultValue);
    }

    /**
     * The stop tolerance, with one meaning in every node: stop once the excess loss L - L* ≤ tol, L* the least loss
     * the model can reach on the training data.
     *
     * @param range the engine's rule for the tolerance
     * @param star what L* is in this node
     */
    static RealSetting tol(double defaultValue, Checks.Range range, String star) {
        return RealSetting.real("tol", "Stop tolerance", "Stop as soon as the excess training loss L - L* ≤ tol, in "
            + "the chosen loss convention (0 = never stop early). " + star, defaultValue).within(range);
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
