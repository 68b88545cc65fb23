package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

class NetworkTablesNodeTest {

    private final NetworkToTableNode toTable = new NetworkToTableNode();
    private final TableToNetworkNode toNetwork = new TableToNetworkNode();

    @Test
    void explicitNetworkRoundTripsThroughTables() {
        NetworkPortObject net = NodeHarness.network(12);
        NodeResult tables = toTable.execute(toTable.defaults(), new PortValue[] {net}, Progress.NONE);
        Table u = (Table) tables.output(0);
        assertEquals(NetworkSpec.defaultNames("h", 12), u.spec().names());
        assertEquals("x10", u.rowId(9));
        assertEquals("y2", ((Table) tables.output(1)).rowId(1));
        NetworkPortObject back = (NetworkPortObject) toNetwork.execute(toNetwork.defaults(),
            new PortValue[] {tables.output(0), tables.output(1)}, Progress.NONE).output(0);
        assertArrayEquals(net.network().u().data, back.network().u().data);
        assertArrayEquals(net.network().v().data, back.network().v().data);
        assertEquals(net.spec().inputColumns(), back.spec().inputColumns());
        assertEquals(net.spec().targetColumns(), back.spec().targetColumns());
    }

    @Test
    void thetaTableIsUTimesVTransposed() {
        NetworkPortObject net = NodeHarness.network(13);
        Table theta = (Table) toTable.execute(toTable.defaults(), new PortValue[] {net}, Progress.NONE).output(2);
        SimpleMatrix expected = NodeFixtures.wrap(net.network().u()).mult(NodeFixtures.wrap(net.network().v())
            .transpose());
        assertEquals(List.of("y1", "y2"), theta.spec().names());
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(expected.get(i, j), theta.getDouble(j, i), 1e-14);
            }
        }
    }

    @Test
    void implicitWidthRoundTripsWithItsWidth() {
        LinearNetwork wide = Initializers.implicitGaussian(10, 2, 5_000_000, 0.5, 1, 1, 4);
        NetworkPortObject net = NetworkPortObject.of(wide, NetworkSpec.defaultNames("x", 10),
            NetworkSpec.defaultNames("y", 2), "");
        NodeResult tables = toTable.execute(toTable.defaults(), new PortValue[] {net}, Progress.NONE);
        assertEquals(NetworkSpec.defaultNames("f", 12), ((Table) tables.output(0)).spec().names());
        assertTrue(tables.warnings().get(0).contains("frame coefficients"));
        NetworkPortObject back = (NetworkPortObject) toNetwork.execute(NodeFixtures.store("implicitWidth", 5_000_000L),
            new PortValue[] {tables.output(0), tables.output(1)}, Progress.NONE).output(0);
        assertEquals(5_000_000L, back.spec().width());
        assertArrayEquals(wide.theta().data, back.network().theta().data);
    }

    @Test
    void tooManyHiddenColumnsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> toTable.configure(
            NodeFixtures.store("maxColumns", 5L), new PortSpec[] {NodeHarness.network(1).spec()}));
        assertTrue(e.getMessage().contains("12 hidden columns"), e.getMessage());
    }

    @Test
    void mismatchedLayersAreRefused() {
        TableSpec u = TableSpec.reals(List.of("h1", "h2", "h3"));
        TableSpec v = TableSpec.reals(List.of("h1", "h2"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> toNetwork.configure(toNetwork.defaults(), new PortSpec[] {u, v}));
        assertTrue(e.getMessage().contains("U has 3 numeric columns but V has 2"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> toNetwork.configure(NodeFixtures.store("implicitWidth", 2L),
            new PortSpec[] {u, TableSpec.reals(List.of("h1", "h2", "h3"))}));
    }

    @Test
    void missingWeightIsNamed() {
        NodeResult tables = toTable.execute(toTable.defaults(), new PortValue[] {NodeHarness.network(2)}, Progress.NONE);
        Table broken = NodeFixtures.withCell((Table) tables.output(1), 0, "h5", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> toNetwork.execute(
            toNetwork.defaults(), new PortValue[] {tables.output(0), broken}, Progress.NONE));
        assertTrue(e.getMessage().contains("V column 'h5', row 'y1'"), e.getMessage());
    }
}
