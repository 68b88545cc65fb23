package org.lnet.node;

import org.lnet.node.nodes.Nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.engine.CancelledException;
import org.lnet.engine.Progress;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Properties every node must have: specs match outputs, results are deterministic, cancellation is honoured. */
class AllNodesTest {

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void outputsMatchTheSpecsConfigurePromised(LinearNetworkNode<?> node) {
        String id = node.info().id();
        PortSpec[] specs = node.configure(NodeHarness.settings(id), NodeHarness.specs(id));
        NodeResult result = NodeHarness.run(node, Progress.NONE);
        assertEquals(node.info().outputs().size(), specs.length);
        assertEquals(specs.length, result.outputs().size());
        for (int i = 0; i < specs.length; i++) {
            PortValue out = result.output(i);
            assertNotNull(out, id + " output " + i);
            PortDef def = node.info().outputs().get(i);
            assertEquals(def.kind() == PortDef.Kind.TABLE, out instanceof Table, id + " output " + i + " kind");
            if (specs[i] != null) {
                assertEquals(specs[i], out.spec(), id + " output " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void theSameSettingsAndInputsGiveBitIdenticalOutputs(LinearNetworkNode<?> node) {
        NodeResult a = NodeHarness.run(node, Progress.NONE);
        NodeResult b = NodeHarness.run(node, Progress.NONE);
        for (int i = 0; i < a.outputs().size(); i++) {
            assertEquals(NodeHarness.comparable(a.output(i)), NodeHarness.comparable(b.output(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void cancellationStopsExecution(LinearNetworkNode<?> node) {
        assertThrows(CancelledException.class, () -> NodeHarness.run(node, NodeFixtures.cancelAfter(1)));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void configureWithoutAnyInputSpecNeitherFailsNorGuesses(LinearNetworkNode<?> node) {
        String id = node.info().id();
        PortSpec[] none = new PortSpec[node.info().inputs().size()];
        if (id.equals("BalancedInitializer") || !node.info().inputs().stream().allMatch(PortDef::optional)
            && !id.equals("RandomInitializer")) {
            PortSpec[] out = node.configure(NodeHarness.settings(id), none);
            assertEquals(node.info().outputs().size(), out.length);
            for (PortSpec s : out) {
                assertTrue(s == null || s instanceof TableSpec, id + " must not invent a network spec without inputs");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void progressIsReportedWithinZeroAndOne(LinearNetworkNode<?> node) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        NodeHarness.run(node, new Progress() {
            @Override
            public void checkCanceled() {
            }

            @Override
            public void report(double fraction, String message) {
                range[0] = Math.min(range[0], fraction);
                range[1] = Math.max(range[1], fraction);
                assertNotNull(message);
            }
        });
        assertTrue(range[0] >= 0 && range[1] <= 1, node.info().id() + " reported " + range[0] + ".." + range[1]);
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void networksCarryTheColumnsTheyWereBuiltFor(LinearNetworkNode<?> node) {
        for (PortValue v : NodeHarness.run(node, Progress.NONE).outputs()) {
            if (v instanceof NetworkPortObject n) {
                NetworkSpec s = n.spec();
                assertEquals(s.inputs(), n.network().inputDim());
                assertEquals(NetworkSpec.defaultNames("x", 10), s.inputColumns());
                assertEquals(NetworkSpec.defaultNames("y", 2), s.targetColumns());
            }
        }
    }
}
