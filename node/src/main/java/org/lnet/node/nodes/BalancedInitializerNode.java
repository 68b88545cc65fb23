package org.lnet.node.nodes;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
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

/** The balanced initialization of Section 4: U V^T = Θ0 and imbalance 0. */
public final class BalancedInitializerNode implements LinearNetworkNode<BalancedInitializerNode.Settings> {

    static final Parameter INPUTS = Common.inputColumns(0);
    static final Parameter TARGETS = Common.targetColumns(0);
    static final Parameter WIDTH = Common.width(100);
    static final Parameter IMPLICIT = Common.implicitWidth();
    static final Parameter SEED = Parameter.whole("seed", "Random seed", "Seed of the random h x m matrix Q with "
        + "orthonormal columns (the Q factor of a seeded Gaussian matrix); the same seed gives bit-identical results.", 1);

    public record Settings(List<String> inputColumns, List<String> targetColumns, long width, boolean implicitWidth,
                           long seed) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            INPUTS.write(s, inputColumns);
            TARGETS.write(s, targetColumns);
            WIDTH.write(s, width);
            IMPLICIT.write(s, implicitWidth);
            SEED.write(s, seed);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("BalancedInitializer", "Balanced Initializer", NodeInfo.Type.Other,
            "Balanced initialization U V^T = Θ0 with zero imbalance (paper, Section 4).",
            List.of("Given Θ0 (D x m) and a random Q (h x m) with orthonormal columns, let M = Θ0^T Φ1 Φ1^T Θ0 "
                    + "(m x m, positive definite: the part of Θ0 in the row space of X must have rank m). Then "
                    + "U = Θ0 M^(-1/4) Q^T and V = M^(1/4) Q^T satisfy U V^T = Θ0 and have imbalance "
                    + "Λ = U1^T U1 - V^T V = 0 (the paper prints V = M^(1/4) Q, whose shape only works transposed).",
                "With c = 0, Theorem 1 gives no rate: the balanced start is the slowest case of Figure 2. Θ0 comes "
                    + "from the Θ0 table (D rows in the order of the selected input columns, m numeric columns) or "
                    + "from a connected network (Θ0 = its U V^T); connect exactly one of them."),
            List.of(PortDef.table("Data", "Data table; Φ1 is the row space of the selected input columns X."),
                PortDef.optionalTable("Θ0", "Optional Θ0 table: one row per input column, one numeric column per "
                    + "target."),
                PortDef.optionalNetwork("Linear Network", "Optional network whose end-to-end map Θ = U V^T is Θ0.")),
            List.of(PortDef.network("Linear Network", "The balanced network with U V^T = Θ0.")));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(INPUTS, TARGETS, WIDTH, IMPLICIT, SEED);
    }

    @Override
    public Settings load(SettingsStore s) {
        return new Settings(INPUTS.readColumns(s), TARGETS.readColumns(s), WIDTH.readLong(s), IMPLICIT.readBoolean(s),
            SEED.readLong(s));
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        TableSpec theta = Common.tableSpec(in, 1);
        NetworkSpec net = Common.networkSpec(in, 2);
        if (theta != null && net != null) {
            throw new InvalidInputException("theta0", "Connect either a Θ0 table or a Linear Network, not both.");
        }
        if (data == null || (theta == null && net == null)) {
            // an unconnected source and one whose spec is not known yet look alike here; execute decides
            return new PortSpec[] {null};
        }
        ColumnSelection sel = ColumnSelection.resolve(data, s.inputColumns(), s.targetColumns(), net);
        int d = sel.inputs().size();
        int m = sel.targets().size();
        if (net != null) {
            net.requireShape(sel.inputs(), sel.targets());
        }
        if (theta != null) {
            int cols = theta.numericNames().size();
            if (cols != m) {
                throw new InvalidInputException("theta0", "The Θ0 table has " + cols + " numeric columns but " + m
                    + " target columns are selected " + sel.targets() + ": Θ0 needs one column per target.");
            }
        }
        if (s.width() < m) {
            throw new InvalidInputException(WIDTH.key(), "Balanced initialization needs width h ≥ m = " + m
                + " (Q is h x m with orthonormal columns), not " + s.width() + ".");
        }
        Common.requireStorable(d, m, s.width(), s.implicitWidth());
        int k = s.implicitWidth() ? m : (int) s.width();
        return new PortSpec[] {new NetworkSpec(d, m, s.width(), k, s.implicitWidth(), Double.NaN,
            s.implicitWidth() ? "implicit-width balanced" : "balanced", "", sel.inputs(), sel.targets())};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table data = Common.table(in, 0);
        Table thetaTable = Common.table(in, 1);
        NetworkPortObject source = Common.network(in, 2);
        if (thetaTable == null && source == null) {
            throw new InvalidInputException("theta0", "Connect a Θ0 table or a Linear Network: the balanced "
                + "initialization starts from a given end-to-end map Θ0.");
        }
        NetworkSpec spec = (NetworkSpec) configure(s, new PortSpec[] {data.spec(),
            thetaTable == null ? null : thetaTable.spec(), source == null ? null : source.spec()})[0];
        DMatrixRMaj theta0;
        if (thetaTable != null) {
            theta0 = Matrices.matrix(thetaTable, Matrices.numericColumns(thetaTable, "Θ0", "theta0"), "Θ0", "theta0",
                progress);
            if (theta0.numRows != spec.inputs()) {
                throw new InvalidInputException("theta0", "The Θ0 table has " + theta0.numRows + " rows but "
                    + spec.inputs() + " input columns are selected: Θ0 needs one row per input column, in the order "
                    + spec.inputColumns() + ".");
            }
        } else {
            theta0 = source.network().theta();
        }
        ColumnSelection sel = new ColumnSelection(spec.inputColumns(), spec.targetColumns());
        DataDecomposition dd = Common.data(data, sel, 0, progress);
        progress.report(0.5, "balancing");
        LinearNetwork net = Initializers.balanced(theta0, dd, s.width(), s.seed(), s.implicitWidth());
        progress.report(1, "done");
        return NodeResult.of(new NetworkPortObject(net, spec));
    }
}
