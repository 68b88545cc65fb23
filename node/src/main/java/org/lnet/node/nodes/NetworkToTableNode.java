package org.lnet.node.nodes;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.WholeSetting;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.Values;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** U, V and Θ = U V^T of a network as tables, so networks can be inspected, edited and shared. */
public final class NetworkToTableNode extends DeclaredNode<NetworkToTableNode.Settings> {

    public static final WholeSetting MAX_COLUMNS = WholeSetting.whole("maxColumns", "Maximum hidden columns", "Refuse "
        + "networks with more stored hidden columns than this: a table with millions of columns helps nobody. Θ is "
        + "always small (D x m).", 10_000).within(Checks.Range.COUNT).atMost(Integer.MAX_VALUE);

    /** The node's settings. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("NetworkToTable", "Network to Table", NodeInfo.Type.Manipulator,
            "Writes U, V and Θ = U V^T of a linear network as tables.",
            List.of("U (D x h) has one row per input column (row id = its name) and one column per hidden unit, "
                    + "h1 ... hh; V (m x h) one row per target. Θ = U V^T (D x m) has one row per input and one "
                    + "column per target, the same layout as the Min-Norm Regression's Θ̂.",
                "An implicit-width network never stores U and V: it is U = Uc F^T, V = Vc F^T in an unformed random "
                    + "h x k frame F. Its tables then hold the k frame coefficients Uc and Vc (columns f1 ... fk); Θ "
                    + "is exact. Table to Network with the same width h rebuilds it."),
            List.of(PortDef.network("Linear Network", "The network to write out.")),
            List.of(PortDef.table("U", "First layer U (explicit) or its frame coefficients Uc (implicit width)."),
                PortDef.table("V", "Second layer V (explicit) or its frame coefficients Vc (implicit width)."),
                PortDef.table("Θ", "End-to-end map Θ = U V^T.")));
    }

    public NetworkToTableNode() {
        super(Settings::new, MAX_COLUMNS);
    }

    /** Names of the hidden columns: h1..hk for explicit width, f1..fk for frame coefficients. */
    static List<String> hiddenNames(NetworkSpec spec) {
        return NetworkSpec.defaultNames(spec.implicitWidth() ? "f" : "h", spec.frameRank());
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        NetworkSpec net = Common.networkSpec(in, 0);
        if (net == null) {
            return new PortSpec[] {null, null, null};
        }
        if (net.frameRank() > s.get(MAX_COLUMNS)) {
            throw new InvalidInputException(MAX_COLUMNS.key(), "The network stores " + net.frameRank() + " hidden "
                + "columns, more than '" + MAX_COLUMNS.label() + "' = " + s.get(MAX_COLUMNS) + " allows: raise the limit, "
                + "or use implicit width (at most m + D columns).");
        }
        TableSpec hidden = TableSpec.reals(hiddenNames(net));
        return new PortSpec[] {hidden, hidden, TableSpec.reals(net.targetColumns())};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        NetworkPortObject object = Common.network(in, 0);
        configure(s, new PortSpec[] {object.spec()});
        NetworkSpec spec = object.spec();
        LinearNetwork net = object.network();
        List<String> hidden = hiddenNames(spec);
        DMatrixRMaj u = net.uCoefficients();
        DMatrixRMaj v = net.vCoefficients();
        progress.checkCanceled();
        Table uTable = Matrices.table(u, hidden, spec.inputColumns());
        Table vTable = Matrices.table(v, hidden, spec.targetColumns());
        Table theta = Matrices.table(net.theta(), spec.targetColumns(), spec.inputColumns());
        progress.report(1, "done");
        NodeResult r = NodeResult.of(uTable, vTable, theta);
        return spec.implicitWidth() ? r.withWarnings(List.of("Implicit width h = " + spec.width() + ": U and V are "
            + "given by their " + spec.frameRank() + " frame coefficients (columns f1...f" + spec.frameRank()
            + "); Θ is exact.")) : r;
    }
}
