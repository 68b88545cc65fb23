package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.NodeFixtures;
import org.lnet.node.NodeHarness;
import org.lnet.node.NodeResult;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;

class InitializerNodesTest {

    private final RandomInitializerNode random = new RandomInitializerNode();
    private final BalancedInitializerNode balanced = new BalancedInitializerNode();
    private final Table data = NodeHarness.DATA;
    private final SimpleMatrix x = NodeFixtures.columns(data, "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
        "x10");
    /** Projector onto the row space of X (6 x 10, full row rank): P = X^+ X. */
    private final SimpleMatrix rowSpace = NodeFixtures.pinvRowRank(x).mult(x);

    private static NetworkPortObject network(NodeResult r) {
        return (NetworkPortObject) r.output(0);
    }

    @Test
    void withoutDataTheShapeComesFromTheSettingsAndDrawsTheEngineNetwork() {
        NodeResult r = random.execute(NodeFixtures.store("inputs", 4L, "outputs", 3L, "width", 9L, "seed", 77L,
            "sigmaU", 2.0, "sigmaV", 0.5), new PortValue[] {null}, Progress.NONE);
        NetworkPortObject o = network(r);
        assertEquals(List.of("x1", "x2", "x3", "x4"), o.spec().inputColumns());
        assertEquals(List.of("y1", "y2", "y3"), o.spec().targetColumns());
        // same seed, same law, same order of draws: the node must give the engine's network bit for bit
        LinearNetwork expected = Initializers.gaussian(4, 3, 9, 0.5, 2.0, 0.5, 77);
        assertArrayEquals(expected.u().data, o.network().u().data);
        assertArrayEquals(expected.v().data, o.network().v().data);
    }

    @Test
    void withDataTheShapeComesFromTheSelectedColumns() {
        NetworkSpec spec = (NetworkSpec) random.configure(NodeFixtures.store("targetColumns", new String[] {"y2"},
            "inputColumns", new String[] {"x3", "x1"}), new PortSpec[] {data.spec()})[0];
        assertEquals(2, spec.inputs());
        assertEquals(List.of("x3", "x1"), spec.inputColumns());
        assertEquals(List.of("y2"), spec.targetColumns());
    }

    @Test
    void invariantSetProjectsUOntoTheRowSpaceOfX() {
        NodeResult r = random.execute(NodeFixtures.store("targetColumns", new String[] {"y1", "y2"}, "width", 30L,
            "invariantSet", true), new PortValue[] {data}, Progress.NONE);
        SimpleMatrix u = NodeFixtures.wrap(network(r).network().u());
        // U2(0) = 0 means (I - P) U = 0; entries of U are O(h^-1/2), rounding of the projection O(1e-16 D)
        SimpleMatrix outside = u.minus(rowSpace.mult(u));
        assertTrue(outside.elementMaxAbs() < 1e-12, "||(I - P) U||_max = " + outside.elementMaxAbs());
        assertTrue(u.elementMaxAbs() > 1e-3, "U must not vanish");
        assertEquals("random (invariant set)", network(r).spec().initialization());
    }

    @Test
    void invariantSetWithoutDataIsRefusedWithAHint() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> random.configure(NodeFixtures.store("invariantSet", true), new PortSpec[] {null}));
        assertTrue(e.getMessage().contains("needs the data") && e.getMessage().contains("connect a data table"),
            e.getMessage());
    }

    @Test
    void hugeExplicitWidthIsRefusedPointingToImplicitWidth() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> random.configure(NodeFixtures.store("width", 1_000_000_000_000L), new PortSpec[] {null}));
        assertTrue(e.getMessage().contains("implicit width"), e.getMessage());
        assertEquals("width", e.subject());
    }

    @Test
    void implicitWidthHandlesATrillionHiddenUnits() {
        NodeResult r = random.execute(NodeFixtures.store("width", 1_000_000_000_000L, "implicitWidth", true,
            "inputs", 5L, "outputs", 2L), new PortValue[] {null}, Progress.NONE);
        NetworkPortObject o = network(r);
        assertEquals(1_000_000_000_000L, o.spec().width());
        assertEquals(7, o.spec().frameRank());
        assertFalse(o.network().isExplicit());
    }

    @Test
    void zeroAndNegativeWidthsAreRefused() {
        for (long w : new long[] {0, -5}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> random.load(NodeFixtures.store("width", w)));
            assertTrue(e.getMessage().contains("'Width h' (width) must be at least 1"), e.getMessage());
        }
    }

    @Test
    void alphaOutsideTheoryRangeWarnsButDraws() {
        NodeResult r = random.execute(NodeFixtures.store("alpha", 0.8), new PortValue[] {null}, Progress.NONE);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("(1/4, 1/2]"));
    }

    @Test
    void balancedFromThetaTableReproducesThetaWithZeroImbalance() {
        SimpleMatrix theta0 = SimpleMatrix.random_DDRM(10, 2, -1, 1, new java.util.Random(4));
        Table thetaTable = Matrices.table(theta0.getDDRM(), List.of("y1", "y2"), NetworkSpec.defaultNames("x", 10));
        NodeResult r = balanced.execute(NodeFixtures.store("width", 7L, "seed", 3L,
            "targetColumns", new String[] {"y1", "y2"}), new PortValue[] {data, thetaTable, null}, Progress.NONE);
        SimpleMatrix u = NodeFixtures.wrap(network(r).network().u());
        SimpleMatrix v = NodeFixtures.wrap(network(r).network().v());
        // relative rounding of M^(±1/4) via an eigen-decomposition: well below 1e-10 for this conditioning
        assertTrue(NodeFixtures.maxDiff(u.mult(v.transpose()), theta0) < 1e-10);
        SimpleMatrix lambda = u.transpose().mult(rowSpace).mult(u).minus(v.transpose().mult(v));
        assertTrue(lambda.elementMaxAbs() < 1e-10, "imbalance " + lambda.elementMaxAbs());
        assertEquals("balanced", network(r).spec().initialization());
    }

    @Test
    void balancedFromANetworkKeepsItsEndToEndMap() {
        NetworkPortObject source = NodeHarness.network(9);
        NodeResult r = balanced.execute(NodeFixtures.store("width", 5L), new PortValue[] {data, null, source},
            Progress.NONE);
        SimpleMatrix theta = NodeFixtures.wrap(network(r).network().theta());
        assertTrue(NodeFixtures.maxDiff(theta, NodeFixtures.wrap(source.network().theta())) < 1e-10);
        assertEquals(source.spec().inputColumns(), network(r).spec().inputColumns());
    }

    @Test
    void balancedNeedsExactlyOneSourceOfTheta() {
        Table thetaTable = Matrices.table(new org.ejml.data.DMatrixRMaj(10, 2), List.of("a", "b"), null);
        NetworkPortObject net = NodeHarness.network(1);
        assertThrows(InvalidInputException.class, () -> balanced.configure(balanced.defaults(),
            new PortSpec[] {data.spec(), thetaTable.spec(), net.spec()}));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> balanced.execute(balanced.defaults(), new PortValue[] {data, null, null}, Progress.NONE));
        assertTrue(e.getMessage().contains("Connect a Θ0 table or a Linear Network"), e.getMessage());
    }

    @Test
    void balancedRefusesAThetaWithTheWrongNumberOfRows() {
        Table thetaTable = Matrices.table(new org.ejml.data.DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}),
            List.of("a", "b"), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> balanced.execute(
            NodeFixtures.store("targetColumns", new String[] {"y1", "y2"}), new PortValue[] {data, thetaTable, null},
            Progress.NONE));
        assertTrue(e.getMessage().contains("2 rows but 10 input columns"), e.getMessage());
    }

    @Test
    void balancedNeedsAtLeastMHiddenUnits() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> balanced.configure(
            NodeFixtures.store("width", 1L), new PortSpec[] {data.spec(), null, NodeHarness.network(1).spec()}));
        assertTrue(e.getMessage().contains("h ≥ m = 2"), e.getMessage());
    }
}
