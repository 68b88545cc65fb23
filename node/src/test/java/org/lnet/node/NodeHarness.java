package org.lnet.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.lnet.engine.Progress;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;

/** Valid small inputs and settings for every node, so cross-cutting properties can be checked node by node. */
public final class NodeHarness {

    /** n = 6 samples, D = 10 inputs, m = 2 targets: under-determined, as in the paper. */
    public static final Table DATA = NodeFixtures.regression(6, 10, 2, 21);

    /** Other rows with DATA's columns, e.g. test points. */
    public static final Table TEST_POINTS = NodeFixtures.regression(4, 10, 2, 22);

    private static final String[] TARGETS = {"y1", "y2"};
    private static final String[] X_COLUMNS = NetworkSpec.defaultNames("x", 10).toArray(new String[0]);

    private NodeHarness() {
    }

    /** A random explicit network bound to DATA's columns. */
    public static NetworkPortObject network(long seed) {
        LinearNetwork net = Initializers.gaussian(10, 2, 12, 0.5, 1, 1, seed);
        return NetworkPortObject.of(net, NetworkSpec.defaultNames("x", 10), NetworkSpec.defaultNames("y", 2), "");
    }

    /** Settings that keep every node fast. */
    public static MapSettingsStore settings(String id) {
        return switch (id) {
            case "GradientFlowTrainer" -> NodeFixtures.store("time", 2.0, "records", 5L);
            case "WidthSweep" -> NodeFixtures.store("widths", "8, 16", "seeds", 2L, "lr", 0.05, "tol", 1e-6,
                "steps", 20_000L, "threads", 1L, "targetColumns", TARGETS);
            case "RandomInitializer" -> NodeFixtures.store("width", 12L, "targetColumns", TARGETS);
            case "MinNormRegression" -> NodeFixtures.store("targetColumns", TARGETS);
            case "BalancedInitializer" -> NodeFixtures.store("width", 12L);
            case "WideNetworkTrainer" -> NodeFixtures.store("width", 64L, "records", 5L, "targetColumns",
                new String[] {"y1"}, "inputColumns", X_COLUMNS);
            case "WideNetworkWidthSweep" -> NodeFixtures.store("widths", "8, 16", "seeds", 2L, "tol", 1e-6,
                "threads", 1L, "targetColumns", new String[] {"y1"}, "inputColumns", X_COLUMNS);
            default -> new MapSettingsStore();
        };
    }

    /** Inputs a node executes on successfully. */
    public static PortValue[] inputs(String id) {
        NetworkPortObject net = network(3);
        return switch (id) {
            case "RandomInitializer", "MinNormRegression", "WidthSweep" -> new PortValue[] {DATA};
            case "BalancedInitializer" -> new PortValue[] {DATA, null, net};
            case "GradientFlowTrainer", "BoundEvaluator", "LinearNetworkPredictor" -> new PortValue[] {net, DATA};
            case "NetworkToTable" -> new PortValue[] {net};
            case "WideNetworkTrainer", "WideNetworkWidthSweep" -> new PortValue[] {DATA, TEST_POINTS};
            case "TableToNetwork" -> new PortValue[] {
                Matrices.table(net.network().u(), NetworkSpec.defaultNames("h", 12), net.spec().inputColumns()),
                Matrices.table(net.network().v(), NetworkSpec.defaultNames("h", 12), net.spec().targetColumns())};
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** The specs of {@link #inputs}. */
    public static PortSpec[] specs(String id) {
        PortValue[] in = inputs(id);
        PortSpec[] out = new PortSpec[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] == null ? null : in[i].spec();
        }
        return out;
    }

    public static NodeResult run(LinearNetworkNode<?> node, Progress progress) {
        String id = node.info().id();
        return node.execute(settings(id), inputs(id), progress);
    }

    /** An output as comparable bytes or value: networks by their stored bytes, tables as they are. */
    public static Object comparable(PortValue v) {
        if (v instanceof NetworkPortObject n) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                NetworkCodec.write(n, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return java.util.Arrays.toString(out.toByteArray());
        }
        return v;
    }
}
