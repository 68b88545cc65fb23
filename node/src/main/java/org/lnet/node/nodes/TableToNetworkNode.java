package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Provenance;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.SettingsStore;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** A network from U and V tables: the inverse of Network to Table. */
public final class TableToNetworkNode implements LinearNetworkNode<TableToNetworkNode.Settings> {

    static final Parameter WIDTH = Parameter.whole("implicitWidth", "Implicit width h (0 = explicit)", "0: the "
        + "tables hold U and V themselves and h is their number of columns. A width h ≥ k: the tables hold the k "
        + "frame coefficients of an implicit-width network of width h, as Network to Table writes them.", 0)
        .atLeast(0);
    static final Parameter INITIALIZATION = Parameter.text("initialization", "Initialization label", "How the "
        + "network was obtained, carried along for documentation.", "user");

    public record Settings(long implicitWidth, String initialization) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            WIDTH.write(s, implicitWidth);
            INITIALIZATION.write(s, initialization);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("TableToNetwork", "Table to Network", NodeInfo.Type.Manipulator,
            "Builds a linear network from U and V tables.",
            List.of("U has one row per input (D rows) and V one row per target (m rows); both have one numeric column "
                + "per hidden unit (h columns). Row ids become the network's input and target column names, so the "
                + "network applies to tables with those columns. With an implicit width h, the columns are the k "
                + "frame coefficients of U = Uc F^T, V = Vc F^T instead."),
            List.of(PortDef.table("U", "First layer, D x h (or D x k frame coefficients)."),
                PortDef.table("V", "Second layer, m x h (or m x k frame coefficients).")),
            List.of(PortDef.network("Linear Network", "The network U, V.")));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(WIDTH, INITIALIZATION);
    }

    @Override
    public Settings load(SettingsStore s) {
        return new Settings(WIDTH.readLong(s), INITIALIZATION.readText(s));
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec u = Common.tableSpec(in, 0);
        TableSpec v = Common.tableSpec(in, 1);
        if (u != null && v != null) {
            int ku = u.numericNames().size();
            int kv = v.numericNames().size();
            if (ku == 0 || ku != kv) {
                throw new InvalidInputException("V", "U has " + ku + " numeric columns but V has " + kv + ": both need "
                    + "one column per hidden unit.");
            }
            if (s.implicitWidth() != 0 && s.implicitWidth() < ku) {
                throw new InvalidInputException(WIDTH.key(), "Implicit width h = " + s.implicitWidth() + " is below "
                    + "the " + ku + " frame columns of the tables: h must be at least k.");
            }
        }
        // D and m are the tables' row counts, known only at execution
        return new PortSpec[] {null};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table uTable = Common.table(in, 0);
        Table vTable = Common.table(in, 1);
        configure(s, new PortSpec[] {uTable.spec(), vTable.spec()});
        DMatrixRMaj u = Matrices.matrix(uTable, Matrices.numericColumns(uTable, "U", "U"), "U", "U", progress);
        DMatrixRMaj v = Matrices.matrix(vTable, Matrices.numericColumns(vTable, "V", "V"), "V", "V", progress);
        Provenance p = new Provenance(s.initialization(), Double.NaN, 0, "");
        LinearNetwork net = s.implicitWidth() == 0
            ? LinearNetwork.explicit(u, v, p)
            : LinearNetwork.implicit(u, v, s.implicitWidth(), p);
        List<String> inputs = ids(uTable);
        List<String> targets = ids(vTable);
        progress.report(1, "done");
        return NodeResult.of(NetworkPortObject.of(net, inputs, targets, ""));
    }

    private static List<String> ids(Table t) {
        List<String> out = new ArrayList<>(t.rows());
        for (int r = 0; r < t.rows(); r++) {
            out.add(t.rowId(r));
        }
        return out;
    }

}
