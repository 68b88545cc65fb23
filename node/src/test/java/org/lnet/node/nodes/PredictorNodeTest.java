package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.node.NodeFixtures;
import org.lnet.node.NodeHarness;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

class PredictorNodeTest {

    private final PredictorNode node = new PredictorNode();
    private final NetworkPortObject net = NodeHarness.network(8);

    @Test
    void predictionsAreXTimesUVTransposed() {
        Table data = NodeFixtures.withTextColumn(NodeFixtures.regression(4, 10, 2, 9), "label");
        Table out = (Table) node.execute(node.defaults(), new PortValue[] {net, data}, Progress.NONE).output(0);
        SimpleMatrix x = NodeFixtures.columns(data, NetworkSpec.defaultNames("x", 10).toArray(new String[0]));
        SimpleMatrix expected = x.mult(NodeFixtures.wrap(net.network().u()))
            .mult(NodeFixtures.wrap(net.network().v()).transpose());
        assertEquals(List.of("Prediction (y1)", "Prediction (y2)"), out.spec().names());
        for (int i = 0; i < 4; i++) {
            assertEquals(data.rowId(i), out.rowId(i));
            for (int j = 0; j < 2; j++) {
                assertEquals(expected.get(i, j), out.getDouble(j, i), 1e-12 * (1 + Math.abs(expected.get(i, j))));
            }
        }
        Table full = Matrices.append(data, out);
        assertEquals(data.spec().size() + 2, full.spec().size());
    }

    @Test
    void existingPredictionColumnNamesAreNotOverwritten() {
        TableSpec spec = NodeHarness.DATA.spec().append(TableSpec.reals(List.of("Prediction (y1)")));
        PortSpec[] out = node.configure(node.defaults(), new PortSpec[] {net.spec(), spec});
        assertEquals(List.of("Prediction (y1) #1", "Prediction (y2)"), ((TableSpec) out[0]).names());
    }

    @Test
    void missingInputColumnsAreRefusedAtConfigure() {
        Table few = NodeFixtures.regression(3, 4, 1, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> node.configure(node.defaults(), new PortSpec[] {net.spec(), few.spec()}));
        assertTrue(e.getMessage().contains("D = 10"), e.getMessage());
    }

    @Test
    void nonFiniteInputIsNamed() {
        Table bad = NodeFixtures.withCell(NodeHarness.DATA, 1, "x4", Double.NEGATIVE_INFINITY);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> node.execute(node.defaults(), new PortValue[] {net, bad}, Progress.NONE));
        assertTrue(e.getMessage().contains("-Infinity in input column 'x4', row 'Row1'"), e.getMessage());
    }

    @Test
    void emptyTableGivesEmptyPredictions() {
        Table empty = Table.builder(NodeHarness.DATA.spec()).build();
        Table out = (Table) node.execute(node.defaults(), new PortValue[] {net, empty}, Progress.NONE).output(0);
        assertEquals(0, out.rows());
        assertEquals(2, out.spec().size());
    }
}
