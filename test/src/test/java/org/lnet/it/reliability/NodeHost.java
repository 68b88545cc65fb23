package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.train.TrajectoryPoint;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Table;

/**
 * The node layer as a host: {@link Nodes} with the case's settings as text ({@code Parameter.writeText}, as Weka
 * and flow variables give them), load → configure → execute, recording where a refusal happened (the KNIME column,
 * {@link KnimeColumn}, makes the same calls through the plugin's node models).
 */
final class NodeHost {

    /** Node ids of the settings prefixes. */
    static final Map<String, String> NODES = Map.of("init", "RandomInitializer", "train", "GradientFlowTrainer",
        "minnorm", "MinNormRegression", "bounds", "BoundEvaluator", "sweep", "WidthSweep");

    private NodeHost() {
    }

    /** A refusal of one node in one phase. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String phase;

        Refused(String phase, Exception cause) {
            super(cause.getMessage(), cause);
            this.phase = phase;
        }
    }

    static Outcome run(Case c) {
        Table data = c.data().table();
        CancelRequest cancel = CancelRequest.of(c);
        Progress progress = cancel == null ? Progress.NONE : cancel;
        try {
            Outcome.Numbers n = new Outcome.Numbers();
            switch (c.op()) {
                case MIN_NORM -> {
                    NodeResult r = node(c, "minnorm", true, progress, data);
                    Table theta = (Table) r.output(0);
                    n.put("theta", Results.cells(theta, c.data().targets()));
                    Table summary = (Table) r.output(1);
                    n.put("rank", Results.summary(summary, "rank"));
                    n.put("residualLoss", Results.summary(summary, "residualLoss"));
                }
                case INIT -> Results.network(n, initialize(c, data, progress).network(), true);
                case TRAIN -> {
                    NetworkPortObject start = initialize(c, data, progress);
                    byte[] before = bytes(start);
                    try {
                        NodeResult r = node(c, "train", true, progress, start, data);
                        Results.network(n, ((NetworkPortObject) r.output(0)).network(), true);
                        n.put("trajectory", Results.cells((Table) r.output(1), List.of(TrajectoryPoint.COLUMNS)));
                    } finally {
                        assertEquals(Arrays.toString(before), Arrays.toString(bytes(start)),
                            "the trainer leaves its input network as it was");
                    }
                }
                case BOUNDS -> {
                    NetworkPortObject start = initialize(c, data, progress);
                    Table b = (Table) node(c, "bounds", true, progress, start, data).output(0);
                    for (String col : Results.BOUNDS) {
                        n.put(col, Results.cells(b, List.of(col)));
                    }
                }
                case SWEEP -> {
                    Table s = (Table) node(c, "sweep", true, progress, data).output(0);
                    n.put("distance", Results.cells(s, List.of("distance")));
                    n.put("steps", Results.cells(s, List.of("steps")));
                    n.put("slope", Results.cells(s, List.of("slope"))[0]);
                    n.put("slopeStdErr", Results.cells(s, List.of("slopeStdErr"))[0]);
                }
            }
            return Outcome.ok(n.build());
        } catch (Refused e) {
            return Outcome.error(e.getMessage(), e.phase);
        } catch (CancelledException e) {
            if (cancel == null) {
                throw e;
            }
            return Outcome.cancelled(cancel.summary());
        } finally {
            assertEquals(c.data().table(), data, "the input table is left as it was");
        }
    }

    /** The Random Initializer of a pipeline: on the data, or without it when the case gives D ("init.inputs"). */
    private static NetworkPortObject initialize(Case c, Table data, Progress progress) {
        boolean withoutData = c.settingsOf("init").containsKey("inputs");
        return (NetworkPortObject) (withoutData ? node(c, "init", false, progress, (PortValue) null)
            : node(c, "init", true, progress, data)).output(0);
    }

    /**
     * Runs one node: load (a settings error shows in KNIME's configure), configure with the inputs' specs, execute.
     *
     * @param columns whether the node gets the case's input and target columns
     */
    static NodeResult node(Case c, String prefix, boolean columns, Progress progress, PortValue... inputs) {
        LinearNetworkNode<?> node = Nodes.byId(NODES.get(prefix));
        String name = node.info().name();
        LinearNetworkNode.Settings s;
        PortSpec[] specs = new PortSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].spec();
        }
        try {
            // settings text of the wrong form is refused where KNIME and Weka refuse it: before the node runs
            MapSettingsStore store = settings(c, prefix, columns);
            s = node.load(store);
            configure(node, s, specs);
        } catch (InvalidInputException e) {
            throw new Refused(name + ": configure", e);
        }
        try {
            return execute(node, s, inputs, progress);
        } catch (InvalidInputException e) {
            throw new Refused(name + ": execute", e);
        }
    }

    /** The case's settings of one node as a store, written from text as hosts with text fields write them. */
    static MapSettingsStore settings(Case c, String prefix, boolean columns) {
        LinearNetworkNode<?> node = Nodes.byId(NODES.get(prefix));
        MapSettingsStore store = new MapSettingsStore();
        if (columns) {
            node.parameter("inputColumns").writeText(store, String.join(", ", c.data().inputs()));
            node.parameter("targetColumns").writeText(store, String.join(", ", c.data().targets()));
        }
        c.settingsOf(prefix).forEach((k, v) -> node.parameter(k).writeText(store, v));
        return store;
    }

    @SuppressWarnings("unchecked")
    private static <S extends LinearNetworkNode.Settings> void configure(LinearNetworkNode<S> node,
                                                                          LinearNetworkNode.Settings s, PortSpec[] in) {
        node.configure((S) s, in);
    }

    @SuppressWarnings("unchecked")
    private static <S extends LinearNetworkNode.Settings> NodeResult execute(LinearNetworkNode<S> node,
                                                                             LinearNetworkNode.Settings s,
                                                                             PortValue[] in, Progress p) {
        return node.execute((S) s, in, p);
    }

    static byte[] bytes(NetworkPortObject n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            NetworkCodec.write(n, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /**
     * A host's cancel button, pressed at a chosen point: after the {@code cancel.after}-th progress report whose
     * message contains {@code cancel.at}. It counts the checks and reports that follow the request, so promptness is
     * measured in work done, not in time: the computation must stop at the very next check, reporting nothing more.
     */
    static final class CancelRequest implements Progress {
        private final String marker;
        private final int after;
        private int seen;
        private boolean requested;
        private int checksAfter;
        private int reportsAfter;

        private CancelRequest(String marker, int after) {
            this.marker = marker;
            this.after = after;
        }

        static CancelRequest of(Case c) {
            String at = c.setting("cancel.at");
            return at == null ? null : new CancelRequest(at, Integer.parseInt(c.setting("cancel.after")));
        }

        @Override
        public synchronized void checkCanceled() {
            if (requested) {
                checksAfter++;
                throw new CancelledException();
            }
        }

        @Override
        public synchronized void report(double fraction, String message) {
            if (requested) {
                reportsAfter++;
            } else if (message.contains(marker) && ++seen == after) {
                requested = true;
            }
        }

        String summary() {
            assertFalse(!requested, "cancelled without a request");
            assertEquals(1, checksAfter, "stops at the first check after the request, not later");
            assertEquals(0, reportsAfter, "no work is reported after the request");
            return "at the next check; no output; inputs unchanged";
        }
    }
}
