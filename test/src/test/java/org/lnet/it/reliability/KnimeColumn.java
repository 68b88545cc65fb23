package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;
import org.lnet.engine.train.TrajectoryPoint;
import org.lnet.knime.port.LinearNetworkPortObject;
import org.lnet.knime.testing.KnimeRun;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.table.Table;

/**
 * The KNIME column of the matrix: each case run through the plugin's own node models (the shipped classes of the
 * bundle) over test-scope KNIME classes that behave as KNIME's sources say (see the plugin's src/test/java/org/knime),
 * driven as KNIME's Node drives a node ({@code NodeDriver}): the case's settings typed into each node's settings
 * (SettingsModel layout) and loaded with validation, then configure with the input specs, then execute, one
 * ExecutionContext per case whose cancel button is pressed where the case asks.
 *
 * <p>Where a refusal shows: {@code settings} when KNIME refuses the settings as they are applied (the dialog's OK, or
 * loading a workflow), {@code configure} before any data, {@code execute} when the node runs. Any exception other than
 * KNIME's InvalidSettingsException or CanceledExecutionException is an internal error of the adapter and fails the
 * test instead of becoming a cell.
 */
final class KnimeColumn {

    private KnimeColumn() {
    }

    static Outcome run(Case c) {
        Table data = c.data().table();
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        ExecutionContext exec = new ExecutionContext(monitor);
        int[] seen = {0};
        String marker = c.setting("cancel.at");
        if (marker != null) {
            int after = Integer.parseInt(c.setting("cancel.after"));
            monitor.setListener((p, m) -> {
                if (!monitor.isCanceled() && m != null && m.contains(marker) && ++seen[0] == after) {
                    monitor.setExecuteCanceled();
                }
            });
        }
        BufferedDataTable table = KnimeRun.table(exec, data);
        try {
            Outcome.Numbers n = new Outcome.Numbers();
            switch (c.op()) {
                case MIN_NORM -> {
                    PortObject[] r = node(c, "minnorm", true, exec, table);
                    Table theta = KnimeRun.read((BufferedDataTable) r[0]);
                    n.put("theta", Results.cells(theta, c.data().targets()));
                    Table summary = KnimeRun.read((BufferedDataTable) r[1]);
                    n.put("rank", Results.summary(summary, "rank"));
                    n.put("residualLoss", Results.summary(summary, "residualLoss"));
                }
                case INIT -> Results.network(n, initialize(c, exec, table).network().network(), true);
                case TRAIN -> {
                    LinearNetworkPortObject start = initialize(c, exec, table);
                    byte[] before = NodeHost.bytes(start.network());
                    try {
                        PortObject[] r = node(c, "train", true, exec, start, table);
                        Results.network(n, ((LinearNetworkPortObject) r[0]).network().network(), true);
                        n.put("trajectory", Results.cells(KnimeRun.read((BufferedDataTable) r[1]),
                            List.of(TrajectoryPoint.COLUMNS)));
                    } finally {
                        assertArrayEquals(before, NodeHost.bytes(start.network()), "the input network is unchanged");
                    }
                }
                case BOUNDS -> {
                    LinearNetworkPortObject start = initialize(c, exec, table);
                    Table b = KnimeRun.read((BufferedDataTable) node(c, "bounds", true, exec, start, table)[0]);
                    for (String col : Results.BOUNDS) {
                        n.put(col, Results.cells(b, List.of(col)));
                    }
                }
                case SWEEP -> {
                    Table s = KnimeRun.read((BufferedDataTable) node(c, "sweep", true, exec, table)[0]);
                    n.put("distance", Results.cells(s, List.of("distance")));
                    n.put("steps", Results.cells(s, List.of("steps")));
                    n.put("slope", Results.cells(s, List.of("slope"))[0]);
                    n.put("slopeStdErr", Results.cells(s, List.of("slopeStdErr"))[0]);
                }
            }
            return Outcome.ok(n.build());
        } catch (NodeHost.Refused e) {
            return Outcome.error(e.getMessage(), e.phase);
        } catch (CanceledExecutionException e) {
            if (marker == null) {
                throw new AssertionError("cancelled without a request", e);
            }
            assertEquals(1, monitor.checksAfterCancel(), "stops at the first check after the cancel, not later");
            assertEquals(0, monitor.reportsAfterCancel(), "no work is reported after the cancel");
            return Outcome.cancelled("at the next check; no output; inputs unchanged");
        } finally {
            assertEquals(data, KnimeRun.read(table), "the input table is left as it was");
            assertEquals(0, BufferedDataTable.openIterators(), "every table iterator was closed");
        }
    }

    /** The Random Initializer of a pipeline: on the data, or unconnected when the case gives D ("init.inputs"). */
    private static LinearNetworkPortObject initialize(Case c, ExecutionContext exec, BufferedDataTable table)
        throws CanceledExecutionException {
        boolean withoutData = c.settingsOf("init").containsKey("inputs");
        return (LinearNetworkPortObject) (withoutData ? node(c, "init", false, exec, (PortObject) null)
            : node(c, "init", true, exec, table))[0];
    }

    /**
     * One node as KNIME runs it: its settings as the dialog leaves them, loaded with validation; configure with
     * the inputs' specs; execute.
     *
     * @param columns whether the node gets the case's input and target columns
     */
    private static PortObject[] node(Case c, String prefix, boolean columns, ExecutionContext exec,
        PortObject... inputs) throws CanceledExecutionException {
        String id = NodeHost.NODES.get(prefix);
        String name = Nodes.byId(id).info().name();
        Map<String, String> texts = new LinkedHashMap<>();
        if (columns) {
            texts.put("inputColumns", String.join(", ", c.data().inputs()));
            texts.put("targetColumns", String.join(", ", c.data().targets()));
        }
        texts.putAll(c.settingsOf(prefix));
        NodeDriver driver = KnimeRun.driver(id);
        String phase = "settings";
        try {
            driver.loadSettings(KnimeRun.settings(driver, id, texts));
            phase = "configure";
            org.knime.core.node.port.PortObjectSpec[] specs =
                new org.knime.core.node.port.PortObjectSpec[inputs.length];
            for (int i = 0; i < specs.length; i++) {
                specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
            }
            driver.configure(specs);
            phase = "execute";
            return driver.execute(exec, inputs);
        } catch (InvalidSettingsException e) {
            throw new NodeHost.Refused(name + ": " + phase, e);
        } catch (CanceledExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(name + " (" + phase + "): internal error in the KNIME adapter", e);
        }
    }
}
