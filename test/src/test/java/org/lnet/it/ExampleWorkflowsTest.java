package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.knime.build.ExampleWorkflows;
import org.lnet.knime.build.KnimeConfig;
import org.lnet.knime.build.KnimeNodes;
import org.lnet.knime.build.SettingsLayout;
import org.lnet.knime.build.Workflow;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Table;

/** The committed example workflows: what the generator produces, loadable by the node layer, and runnable. */
@Tag("slow")
class ExampleWorkflowsTest {

    static Stream<Workflow> workflows() {
        return ExampleWorkflows.all().stream();
    }

    private static byte[] committed(Workflow w) throws Exception {
        Path file = Path.of(Artifacts.property("lnet.examples.dir"), w.name() + ".knwf");
        assertTrue(Files.exists(file), file + " is missing: run ./mvnw -B verify -DupdateExamples");
        return Files.readAllBytes(file);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void committedArchiveEqualsTheGeneratorsOutput(Workflow w) throws Exception {
        assertArrayEquals(w.toKnwf(), committed(w), w.name() + ".knwf is stale: run ./mvnw -B verify -DupdateExamples");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everySettingsFileOfOurNodesLoadsIntoTheNodeLayer(Workflow w) throws Exception {
        WorkflowRunner wf = new WorkflowRunner(committed(w));
        int ours = 0;
        for (WorkflowRunner.LoadedNode n : wf.nodes.values()) {
            LinearNetworkNode<?> node = WorkflowRunner.ours(n.factory());
            if (node == null) {
                continue;
            }
            ours++;
            KnimeConfig model = n.settings().getConfig("model");
            assertNotNull(model, "node " + n.id() + " has no model settings");
            MapSettingsStore store = SettingsLayout.read(node, model);
            for (Parameter p : node.parameters()) {
                assertTrue(store.containsKey(p.key()), n.id() + " lacks " + p.key());
            }
            LinearNetworkNode.Settings settings = node.load(store);
            MapSettingsStore saved = new MapSettingsStore();
            settings.save(saved);
            assertEquals(store, saved, "settings of node " + n.id() + " must be canonical");
            assertEquals("IDLE", n.settings().getEntry("state").value());
        }
        assertTrue(ours >= 1);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void connectionsJoinExistingPortsOfMatchingKinds(Workflow w) throws Exception {
        WorkflowRunner wf = new WorkflowRunner(committed(w));
        Set<String> inputs = new HashSet<>();
        for (WorkflowRunner.LoadedConnection c : wf.connections) {
            assertTrue(wf.nodes.containsKey(c.source()) && wf.nodes.containsKey(c.dest()), c.toString());
            assertTrue(inputs.add(c.dest() + ":" + c.destPort()), "two connections into " + c);
            LinearNetworkNode<?> source = WorkflowRunner.ours(wf.nodes.get(c.source()).factory());
            LinearNetworkNode<?> dest = WorkflowRunner.ours(wf.nodes.get(c.dest()).factory());
            if (source != null && dest != null) {
                assertEquals(source.info().outputs().get(c.sourcePort() - 1).kind(),
                    dest.info().inputs().get(c.destPort() - 1).kind(), c.toString());
            }
        }
    }

    @Test
    void minNormVsTrainedAgreesAfterTraining() throws Exception {
        WorkflowRunner wf = new WorkflowRunner(committed(ExampleWorkflows.all().get(0))).run();
        Table minNorm = (Table) wf.output(2, 0);
        Table theta = (Table) wf.output(6, 2);
        assertEquals(8, minNorm.rows());
        // gradient flow to L - L* ≤ 1e-12 on well-conditioned data: Θ within ~1e-6 of the unique least-squares Θ̂
        for (int i = 0; i < 8; i++) {
            assertEquals(minNorm.getDouble(0, i), theta.getDouble(0, i), 1e-5, "row " + minNorm.rowId(i));
        }
        Table predictions = (Table) wf.output(8, 0);
        assertEquals(List.of("Prediction (y)"), predictions.spec().names());
        assertEquals(KnimeNodes.LINEAR_REGRESSION, wf.nodes.get(7).factory());
    }

    @Test
    void imbalanceAndSpeedShowsTheBalancedStartSlowestAndEveryCaseUnderItsBound() throws Exception {
        WorkflowRunner wf = new WorkflowRunner(committed(ExampleWorkflows.all().get(1))).run();
        double[] early = new double[4];
        for (int i = 0; i < 4; i++) {
            Table t = (Table) wf.output(6 + i, 1);
            early[i] = Double.NaN;
            for (int r = 0; r < t.rows(); r++) {
                if (Double.isNaN(early[i]) && t.getDouble(0, r) >= 15) {
                    early[i] = t.getDouble(2, r);
                }
                // descent with this small step stays below the flow's Theorem 1 bound on these data
                assertTrue(t.getDouble(2, r) <= t.getDouble(3, r) * (1 + 1e-6) + 1e-12, "case " + i + " row " + r);
            }
        }
        // at t = 15 the balanced start (c = 0) lags the three imbalanced ones, as in Figure 2
        for (int i = 0; i < 3; i++) {
            assertTrue(early[3] > early[i], java.util.Arrays.toString(early));
        }
        double theta0 = ((NetworkPortObject) wf.output(3, 0)).network().theta().get(0, 0);
        assertEquals(theta0, ((NetworkPortObject) wf.output(5, 0)).network().theta().get(0, 0), 1e-12);
        assertTrue(((Table) wf.output(14, 0)).getDouble(3, 0) > 0, "c of the imbalanced case");
    }

    @Test
    void widthSweepShowsTheDistanceShrinkingWithWidth() throws Exception {
        WorkflowRunner wf = new WorkflowRunner(committed(ExampleWorkflows.all().get(2))).run();
        Table sweep = (Table) wf.output(1, 0);
        assertEquals(15, sweep.rows());
        double slope = sweep.getDouble(9, 0);
        // Theorem 2 predicts h^(-1/2); three runs per width over a factor 16 of widths give the slope to about ±0.2
        assertTrue(slope < -0.3 && slope > -0.7, "slope " + slope);
    }
}
