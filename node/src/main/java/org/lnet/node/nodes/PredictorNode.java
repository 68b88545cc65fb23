package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Progress;
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
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * Predictions y = Θ^T x of a linear network, appended to the input table. The node's output table holds only the
 * prediction columns (same row ids); {@link PortDef#appendsTo()} tells hosts to show them after the input columns,
 * and {@link Matrices#append} builds the full table for hosts that need it.
 */
public final class PredictorNode implements LinearNetworkNode<PredictorNode.Settings> {

    static final Parameter INPUTS = Parameter.columns(Common.INPUT_COLUMNS, "Input columns (X)", "Numeric columns fed "
        + "to the network, in its input order. Leave empty to use the network's own input columns (if the table has "
        + "them), else every numeric column.", Parameter.ColumnRole.INPUTS, 1);

    public record Settings(List<String> inputColumns) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            INPUTS.write(s, inputColumns);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("LinearNetworkPredictor", "Linear Network Predictor", NodeInfo.Type.Predictor,
            "Appends the predictions Θ^T x of a linear network.",
            List.of("For each row x of the selected input columns, appends ŷ = Θ^T x with Θ = U V^T (D x m), one column "
                + "'Prediction (<target>)' per target the network was trained on. Works for explicit and implicit "
                + "width alike, since Θ = U V^T = Uc Vc^T in any frame."),
            List.of(PortDef.network("Linear Network", "The network to apply."),
                PortDef.table("Data", "Rows to predict; needs the network's D input columns.")),
            List.of(PortDef.appendedTable("Predictions", "The input table with one prediction column per target.", 1)));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(INPUTS);
    }

    @Override
    public Settings load(SettingsStore s) {
        return new Settings(INPUTS.readColumns(s));
    }

    /** The appended columns' names: "Prediction (target)", made unique against the input table. */
    public static List<String> predictionNames(TableSpec data, NetworkSpec net) {
        List<String> out = new ArrayList<>();
        TableSpec seen = data;
        for (String target : net.targetColumns()) {
            String name = seen.uniqueName("Prediction (" + target + ")");
            out.add(name);
            seen = seen.append(TableSpec.reals(List.of(name)));
        }
        return out;
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        NetworkSpec net = Common.networkSpec(in, 0);
        TableSpec data = Common.tableSpec(in, 1);
        if (net == null || data == null) {
            return new PortSpec[] {null};
        }
        net.requireShape(ColumnSelection.resolveInputs(data, s.inputColumns(), net), null);
        return new PortSpec[] {TableSpec.reals(predictionNames(data, net))};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        NetworkPortObject net = Common.network(in, 0);
        Table data = Common.table(in, 1);
        List<String> inputs = ColumnSelection.resolveInputs(data.spec(), s.inputColumns(), net.spec());
        net.spec().requireShape(inputs, null);
        List<String> ids = new ArrayList<>(data.rows());
        for (int r = 0; r < data.rows(); r++) {
            ids.add(data.rowId(r));
        }
        if (data.rows() == 0) {
            return NodeResult.of(Table.builder(TableSpec.reals(predictionNames(data.spec(), net.spec()))).build());
        }
        DMatrixRMaj x = Matrices.matrix(data, inputs, "input", Common.INPUT_COLUMNS, progress);
        DMatrixRMaj y = net.network().predict(x);
        progress.report(1, "done");
        return NodeResult.of(Matrices.table(y, predictionNames(data.spec(), net.spec()), ids));
    }
}
