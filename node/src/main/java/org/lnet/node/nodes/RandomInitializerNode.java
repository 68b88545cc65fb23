package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.FlagSetting;
import org.lnet.node.RealSetting;
import org.lnet.node.WholeSetting;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.Values;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Gaussian N(0, h^(-2 alpha)) initialization, explicit or implicit width, optionally in the invariant set. */
public final class RandomInitializerNode extends DeclaredNode<RandomInitializerNode.Settings> {

    public static final ColumnsSetting INPUTS = Common.inputColumns(0);
    public static final ColumnsSetting TARGETS = Common.targetColumns(0);
    public static final WholeSetting D = WholeSetting.whole("inputs", "Inputs D (without table)", "Number of inputs "
        + "D when no data table is connected; with a table, D is the number of selected input columns.", 10)
        .within(Checks.Range.COUNT).atMost(1 << 20);
    public static final WholeSetting M = WholeSetting.whole("outputs", "Outputs m (without table)", "Number of "
        + "outputs m when no data table is connected; with a table, m is the number of selected target columns.", 1)
        .within(Checks.Range.COUNT).atMost(1 << 20);
    public static final WholeSetting WIDTH = Common.WIDTH;
    public static final FlagSetting IMPLICIT = Common.IMPLICIT_WIDTH;
    public static final RealSetting ALPHA = Common.alpha("Entries of U and V are drawn from N(0, h^(-2α)) (times σ_U "
        + "or σ_V). Lemma 1 and Theorem 2 hold for 1/4 < α ≤ 1/2; α = 1/2 is the N(0, 1/h) initialization.");
    public static final RealSetting SIGMA_U = RealSetting.real("sigmaU", "Scale σ_U", "Extra scale of U(0). With "
        + "σ_U σ_V fixed, U(0)V(0)^T is unchanged while the imbalance, and with it the convergence rate, changes "
        + "(Figure 2).", 1).above(0);
    public static final RealSetting SIGMA_V = RealSetting.real("sigmaV", "Scale σ_V", "Extra scale of V(0); see "
        + "σ_U. σ_U = 2, σ_V = 1/2 keeps U(0)V(0)^T and makes the network more imbalanced.", 1).above(0);
    public static final WholeSetting SEED = Common.SEED;
    public static final FlagSetting INVARIANT = FlagSetting.flag("invariantSet", "Invariant set (U2(0) = 0)",
        "Project U(0) onto the row space of X (U2(0) = Φ2^T U(0) = 0). Then gradient flow stays in the invariant set "
            + "of Proposition 1 and converges to the min-norm solution exactly. Needs the data table.", false);

    /** Validated settings; {@code inputColumns}/{@code targetColumns} empty = automatic. */
    /** The node's settings. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("RandomInitializer", "Random Initializer", NodeInfo.Type.Source,
            "Draws a linear network x -> Θ^T x, Θ = U V^T, with Gaussian N(0, h^(-2α)) weights.",
            List.of("Creates a single-hidden-layer linear network with U (D x h) and V (m x h), entries drawn "
                    + "independently from N(0, σ_U^2 h^(-2α)) and N(0, σ_V^2 h^(-2α)). D and m come from the selected "
                    + "columns of the optional data table, or from the settings when no table is connected.",
                "Explicit width stores U and V. Implicit width draws [V; U] as R^T of a Bartlett-distributed "
                    + "triangular factor, so every quantity of the theory (Θ, the imbalance spectrum, training, the "
                    + "bounds) has exactly the law of an explicitly sampled network of width h, at a cost independent "
                    + "of h.",
                "With 'invariant set', U(0) is projected onto the row space of X (U2(0) = 0): by Proposition 1 the "
                    + "gradient flow then converges to the min-norm solution Θ̂ = X^+ Y exactly; otherwise the "
                    + "limit differs from Θ̂ by Φ2 U2(0) V(∞)^T, which Theorem 2 bounds by O(h^(-(2α - 1/2))) for "
                    + "wide networks."),
            List.of(PortDef.optionalTable("Data", "Optional data table: D and m are the numbers of selected input and "
                + "target columns; needed for the invariant set.")),
            List.of(PortDef.network("Linear Network", "The initialized network U(0), V(0).")));
    }

    public RandomInitializerNode() {
        super(Settings::new, INPUTS, TARGETS, D, M, WIDTH, IMPLICIT, ALPHA, SIGMA_U, SIGMA_V, SEED, INVARIANT);
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        List<String> inputNames;
        List<String> targetNames;
        if (data != null) {
            ColumnSelection sel = ColumnSelection.resolve(data, s.get(INPUTS), s.get(TARGETS), null);
            inputNames = sel.inputs();
            targetNames = sel.targets();
        } else if (s.get(INVARIANT)) {
            throw new InvalidInputException(INVARIANT.key(), "Setting '" + INVARIANT.label() + "' needs the data: "
                + "connect a data table (the projection uses the row space of X), or switch the option off.");
        } else {
            inputNames = NetworkSpec.defaultNames("x", Math.toIntExact(s.get(D)));
            targetNames = NetworkSpec.defaultNames("y", Math.toIntExact(s.get(M)));
        }
        int d = inputNames.size();
        int m = targetNames.size();
        Common.requireStorable(d, m, s.get(WIDTH), s.get(IMPLICIT));
        return new PortSpec[] {new NetworkSpec(d, m, s.get(WIDTH), Common.randomFrameRank(d, m, s.get(WIDTH),
            s.get(IMPLICIT)), s.get(IMPLICIT), s.get(ALPHA), initialization(s), "", inputNames, targetNames)};
    }

    private static String initialization(Settings s) {
        String kind = s.get(IMPLICIT) ? "implicit-width random" : "random";
        return s.get(INVARIANT) ? kind + " (invariant set)" : kind;
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] inputs, Progress progress) {
        Table data = Common.table(inputs, 0);
        NetworkSpec spec = (NetworkSpec) configure(s, new PortSpec[] {data == null ? null : data.spec()})[0];
        progress.report(0, "drawing the initial weights");
        LinearNetwork net = s.get(IMPLICIT)
            ? Initializers.implicitGaussian(spec.inputs(), spec.outputs(), s.get(WIDTH), s.get(ALPHA), s.get(SIGMA_U),
                s.get(SIGMA_V), s.get(SEED))
            : Initializers.gaussian(spec.inputs(), spec.outputs(), s.get(WIDTH), s.get(ALPHA), s.get(SIGMA_U), s.get(SIGMA_V),
                s.get(SEED));
        progress.checkCanceled();
        if (s.get(INVARIANT)) {
            // only the row space of X matters for the projection; Y is not read (zeros), and X streams
            DataDecomposition dd = Matrices.decompose(data, spec.inputColumns(), Common.INPUT_COLUMNS, null, null,
                spec.outputs(), 0, progress);
            net = Initializers.invariantSet(net, dd);
        }
        progress.report(1, "done");
        List<String> warnings = new ArrayList<>();
        if (!Checks.boundAlphaHolds(s.get(ALPHA))) {
            warnings.add("α = " + s.get(ALPHA) + " is outside (1/4, 1/2], where Lemma 1 and Theorem 2 hold; the network "
                + "is drawn anyway.");
        }
        return NodeResult.of(new NetworkPortObject(net, spec)).withWarnings(warnings);
    }
}
