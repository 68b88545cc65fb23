package org.lnet.node.nodes;

import java.util.List;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.RealSetting;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.Values;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/** The closed-form min-norm least-squares solution Θ̂ = X^+ Y, the baseline trained networks are compared against. */
public final class MinNormRegressionNode extends DeclaredNode<MinNormRegressionNode.Settings> {

    public static final ColumnsSetting INPUTS = Common.inputColumns(0);
    public static final ColumnsSetting TARGETS = Common.targetColumns(0);
    public static final RealSetting RCOND = Common.RCOND;

    /** Summary column with the quantity's name. */
    public static final String QUANTITY = "quantity";
    /** Summary column with its value. */
    public static final String VALUE = "value";

    /** The node's settings. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("MinNormRegression", "Min-Norm Regression", NodeInfo.Type.Learner,
            "Closed-form minimum-norm least-squares solution Θ̂ = X^+ Y.",
            List.of("Computes the compact SVD X = W diag(s) Φ1^T at the numerical rank r and the min-norm solution (11) "
                    + "Θ̂ = X^T (X X^T)^+ Y = X^+ Y = Φ1 diag(1/s) W^T Y, the limit a linear network trained from the "
                    + "invariant set reaches (Proposition 1) and the one wide random networks approach (Theorem 2).",
                "When D > n the least-squares problem has infinitely many solutions; Θ̂ is the one of smallest "
                    + "Frobenius norm. When X has full column rank it equals the ordinary least-squares fit without "
                    + "intercept. The summary reports n, D, m, the rank r, the cut-off used, the optimal loss "
                    + "L* = 1/2 ||(I - W W^T) Y||_F^2 and all min(n, D) singular values of X."),
            List.of(PortDef.table("Data", "Input columns X and target columns Y.")),
            List.of(PortDef.table("Θ̂", "The min-norm solution: one row per input column (row id = its name), one "
                    + "column per target."),
                PortDef.table("Summary", "Columns 'quantity' and 'value': n, D, m, rank, rcond, rankThreshold, "
                    + "residualLoss and singularValue1, singularValue2, ...")));
    }

    public MinNormRegressionNode() {
        super(Settings::new, INPUTS, TARGETS, RCOND);
    }

    /** The summary table's columns. */
    public static TableSpec summarySpec() {
        return TableSpec.of(new ColumnSpec(QUANTITY, ColumnType.STRING), new ColumnSpec(VALUE, ColumnType.DOUBLE));
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        if (data == null) {
            return new PortSpec[] {null, summarySpec()};
        }
        ColumnSelection sel = ColumnSelection.resolve(data, s.get(INPUTS), s.get(TARGETS), null);
        return new PortSpec[] {TableSpec.reals(sel.targets()), summarySpec()};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table data = Common.table(in, 0);
        ColumnSelection sel = ColumnSelection.resolve(data.spec(), s.get(INPUTS), s.get(TARGETS), null);
        progress.report(0, "computing the SVD of X");
        DataDecomposition dd = Common.data(data, sel, s.get(RCOND), progress);
        Table theta = Matrices.table(dd.minNormSolution(), sel.targets(), sel.inputs());
        TableBuilder summary = Table.builder(summarySpec());
        summary.addRow("n", "n", (double) dd.samples());
        summary.addRow("D", "D", (double) dd.inputDim());
        summary.addRow("m", "m", (double) dd.outputDim());
        summary.addRow("rank", "rank", (double) dd.rank());
        summary.addRow("rcond", "rcond", dd.rcond());
        summary.addRow("rankThreshold", "rankThreshold", dd.rankThreshold());
        summary.addRow("residualLoss", "residualLoss", dd.residualLoss());
        double[] sv = dd.singularValues();
        for (int i = 0; i < sv.length; i++) {
            String q = "singularValue" + (i + 1);
            summary.addRow(q, q, sv[i]);
        }
        progress.report(1, "done");
        return NodeResult.of(theta, summary.build());
    }
}
