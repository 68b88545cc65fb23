package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.Progress;
import org.lnet.engine.analysis.BoundReport;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Reduction;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.SettingsStore;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Theorem 1's rate, Lemma 1 (17)-(19) and Theorem 2's bound for an initial network on given data. */
public final class BoundEvaluatorNode implements LinearNetworkNode<BoundEvaluatorNode.Settings> {

    static final Parameter INPUTS = Common.inputColumns(1);
    static final Parameter TARGETS = Common.targetColumns(1);
    static final Parameter ALPHA = Parameter.real("alpha", "Width exponent α", "The network's initialization "
        + "N(0, h^(-2α)); Lemma 1 and Theorem 2 hold for 1/4 < α ≤ 1/2.", 0.5).above(0.25).atMost(0.5);
    static final Parameter DELTA = Parameter.real("delta", "Failure probability δ", "Lemma 1 holds with probability "
        + "at least 1 - δ over the random initialization.", 0.1).above(0).below(1);
    static final Parameter RCOND = Common.rcond();

    /** The output columns, in order; LONG for the width, BOOLEAN for the "holds" and "vacuous" flags. */
    public static final TableSpec OUTPUT = TableSpec.of(
        new ColumnSpec("width", ColumnType.LONG), ColumnSpec.real("alpha"), ColumnSpec.real("delta"),
        ColumnSpec.real("c"), ColumnSpec.real("lambdaR"), ColumnSpec.real("lambdaM"), ColumnSpec.real("sigmaMinSq"),
        ColumnSpec.real("theorem1Rate"),
        ColumnSpec.real("eq17Lhs"), ColumnSpec.real("eq17Rhs"), new ColumnSpec("eq17Holds", ColumnType.BOOLEAN),
        ColumnSpec.real("eq18Lhs"), ColumnSpec.real("eq18Rhs"), new ColumnSpec("eq18Holds", ColumnType.BOOLEAN),
        ColumnSpec.real("eq19Lhs"), ColumnSpec.real("eq19Rhs"), new ColumnSpec("eq19Holds", ColumnType.BOOLEAN),
        ColumnSpec.real("theorem2LogBound"), new ColumnSpec("theorem2Vacuous", ColumnType.BOOLEAN),
        ColumnSpec.real("initialDistanceOp"), ColumnSpec.real("logC"));

    public record Settings(List<String> inputColumns, List<String> targetColumns, double alpha, double delta,
                           double rcond) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            INPUTS.write(s, inputColumns);
            TARGETS.write(s, targetColumns);
            ALPHA.write(s, alpha);
            DELTA.write(s, delta);
            RCOND.write(s, rcond);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("BoundEvaluator", "Bound Evaluator", NodeInfo.Type.Other,
            "Evaluates Theorem 1, Lemma 1 and Theorem 2 of the paper for an initial network.",
            List.of("Imbalance Λ = U1^T U1 - V^T V and c = [λ_r(Λ)]_+ + [λ_m(-Λ)]_+ (λ_r taken as 0 when h < r, λ_m(-Λ) "
                    + "as 0 when h < m). Theorem 1: L(t) - L* ≤ exp(-2 λ_r(Σx) c t)(L(0) - L*); the column "
                    + "theorem1Rate is 2 λ_r(Σx) c for the sum loss.",
                "Lemma 1, with probability ≥ 1 - δ for wide Gaussian N(0, h^(-2α)) networks: (17) λ_r(Λ) + λ_m(-Λ) > "
                    + "h^(1-2α); (18) ||[V U2^T; U1 U2^T]||_F ≤ 2 sqrt(m + r)(sqrt(m + D) + log(2/δ)/2) / "
                    + "h^(2α - 1/2); (19) ||U1 V^T||_F ≤ 2 sqrt(m)(sqrt(m + D) + log(2/δ)/2) / h^(2α - 1/2). "
                    + "Each appears with its left side, right side and whether it holds for this network.",
                "Theorem 2 (20): ||U(∞)V(∞)^T - Θ̂||_2 ≤ 2 C^(1/h^(1-2α)) sqrt(m + r)(sqrt(m + D) + log(2/δ)/2) / "
                    + "h^(2α - 1/2) with C = exp(1 + s_1 ||Y||_F / s_r^2). C overflows for ordinary data, so the bound "
                    + "is reported as its natural log, with a flag saying whether it is vacuous (not below the "
                    + "initial distance ||U(0)V(0)^T - Θ̂||_2)."),
            List.of(PortDef.network("Linear Network", "The initial network U(0), V(0)."),
                PortDef.table("Data", "Input columns X and target columns Y.")),
            List.of(PortDef.table("Bounds", "One row: width, α, δ, c, λ_r(Λ), λ_m(-Λ), λ_r(Σx), the Theorem 1 rate, "
                + "Lemma 1 (17)-(19) left/right sides and flags, the Theorem 2 log bound and its vacuous flag, the "
                + "initial distance and log C.")));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(INPUTS, TARGETS, ALPHA, DELTA, RCOND);
    }

    @Override
    public Settings load(SettingsStore s) {
        return new Settings(INPUTS.readColumns(s), TARGETS.readColumns(s), ALPHA.readDouble(s), DELTA.readDouble(s),
            RCOND.readDouble(s));
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        NetworkSpec net = Common.networkSpec(in, 0);
        TableSpec data = Common.tableSpec(in, 1);
        if (data != null) {
            Common.select(data, s.inputColumns(), s.targetColumns(), net);
        }
        return new PortSpec[] {OUTPUT};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        NetworkPortObject net = Common.network(in, 0);
        Table data = Common.table(in, 1);
        ColumnSelection sel = Common.select(data.spec(), s.inputColumns(), s.targetColumns(), net.spec());
        DataDecomposition dd = Common.data(data, sel, s.rcond(), progress);
        progress.report(0.5, "evaluating the bounds");
        BoundReport b = Bounds.evaluate(Reduction.of(net.network(), dd), s.alpha(), s.delta());
        Table out = Table.builder(OUTPUT).addRow("Row0", net.network().width(), s.alpha(), s.delta(), b.c(),
            b.lambdaR(), b.lambdaM(), b.sigmaMinSq(), b.theorem1Rate(),
            b.eq17().lhs(), b.eq17().rhs(), b.eq17().holds(), b.eq18().lhs(), b.eq18().rhs(), b.eq18().holds(),
            b.eq19().lhs(), b.eq19().rhs(), b.eq19().holds(), b.theorem2LogBound(), b.theorem2Vacuous(),
            b.initialDistanceOp(), b.logC()).build();
        List<String> warnings = new ArrayList<>();
        double networkAlpha = net.spec().alpha();
        if (!Double.isNaN(networkAlpha) && networkAlpha != s.alpha()) {
            warnings.add("The network was drawn with α = " + networkAlpha + " but the bounds use α = " + s.alpha() + ".");
        }
        progress.report(1, "done");
        return NodeResult.of(out).withWarnings(warnings);
    }
}
