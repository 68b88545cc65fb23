package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Progress;
import org.lnet.node.NodeFixtures;
import org.lnet.node.NodeResult;
import org.lnet.node.PortValue;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;

class MinNormRegressionNodeTest {

    private final MinNormRegressionNode node = new MinNormRegressionNode();

    private NodeResult run(Table data, Object... settings) {
        return node.execute(NodeFixtures.store(settings), new PortValue[] {data}, Progress.NONE);
    }

    private static SimpleMatrix thetaOf(NodeResult r) {
        Table t = (Table) r.output(0);
        SimpleMatrix m = new SimpleMatrix(t.rows(), t.spec().size());
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.spec().size(); j++) {
                m.set(i, j, t.getDouble(j, i));
            }
        }
        return m;
    }

    private static double summary(NodeResult r, String quantity) {
        Table s = (Table) r.output(1);
        for (int i = 0; i < s.rows(); i++) {
            if (s.getString(0, i).equals(quantity)) {
                return s.getDouble(1, i);
            }
        }
        throw new AssertionError("no " + quantity);
    }

    @Test
    void overdeterminedDataGiveTheOrdinaryLeastSquaresFit() {
        Table data = NodeFixtures.regression(30, 4, 2, 1);
        NodeResult r = run(data, "targetColumns", new String[] {"y1", "y2"});
        SimpleMatrix x = NodeFixtures.columns(data, "x1", "x2", "x3", "x4");
        SimpleMatrix y = NodeFixtures.columns(data, "y1", "y2");
        SimpleMatrix ols = NodeFixtures.pinvColumnRank(x).mult(y);
        // normal equations and SVD differ by rounding amplified by cond(X)^2, small for Gaussian 30 x 4 data
        assertTrue(NodeFixtures.maxDiff(thetaOf(r), ols) < 1e-12);
        double residual = y.minus(x.mult(ols)).normF();
        assertEquals(0.5 * residual * residual, summary(r, "residualLoss"), 1e-10 * residual * residual);
        assertEquals(4, summary(r, "rank"));
        assertEquals(30, summary(r, "n"));
    }

    @Test
    void underdeterminedDataGiveTheMinimumNormInterpolant() {
        Table data = NodeFixtures.regression(5, 12, 1, 2);
        NodeResult r = run(data);
        String[] xs = new String[12];
        for (int j = 0; j < 12; j++) {
            xs[j] = "x" + (j + 1);
        }
        SimpleMatrix x = NodeFixtures.columns(data, xs);
        SimpleMatrix y = NodeFixtures.columns(data, "y1");
        assertTrue(NodeFixtures.maxDiff(thetaOf(r), NodeFixtures.pinvRowRank(x).mult(y)) < 1e-12);
        assertEquals(5, summary(r, "rank"));
        assertTrue(summary(r, "residualLoss") < 1e-25, "interpolation leaves no residual");
    }

    @Test
    void thetaTableIsLaidOutByInputRowsAndTargetColumns() {
        Table data = NodeFixtures.regression(9, 3, 2, 3);
        Table theta = (Table) run(data, "targetColumns", new String[] {"y2", "y1"}).output(0);
        assertEquals(List.of("y2", "y1"), theta.spec().names());
        assertEquals("x1", theta.rowId(0));
        assertEquals("x3", theta.rowId(2));
    }

    @Test
    void summaryListsAllSingularValuesDescending() {
        Table data = NodeFixtures.regression(7, 4, 1, 4);
        NodeResult r = run(data);
        SimpleMatrix x = NodeFixtures.columns(data, "x1", "x2", "x3", "x4");
        double sumSq = 0;
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= 4; i++) {
            double s = summary(r, "singularValue" + i);
            assertTrue(s <= previous);
            previous = s;
            sumSq += s * s;
        }
        // ||X||_F^2 = sum of squared singular values
        assertEquals(x.normF() * x.normF(), sumSq, 1e-12 * sumSq);
        assertEquals(11, ((Table) r.output(1)).rows());
    }

    @Test
    void duplicateColumnLowersTheRank() {
        Table data = NodeFixtures.regression(10, 3, 1, 5);
        TableBuilder b = Table.builder(data.spec());
        for (int i = 0; i < data.rows(); i++) {
            b.addRow(data.rowId(i), data.get(0, i), data.get(0, i), data.get(2, i), data.get(3, i));
        }
        assertEquals(2, summary(run(b.build()), "rank"));
    }

    @Test
    void textColumnsAreLeftOutOfTheDefaults() {
        Table data = NodeFixtures.withTextColumn(NodeFixtures.regression(8, 2, 1, 6), "name");
        assertEquals(List.of("x1", "x2"), List.of(((Table) run(data).output(0)).rowId(0),
            ((Table) run(data).output(0)).rowId(1)));
    }

    @Test
    void singleRowGivesTheProjectionOnThatRow() {
        Table data = NodeFixtures.regression(1, 3, 1, 7);
        SimpleMatrix x = NodeFixtures.columns(data, "x1", "x2", "x3");
        SimpleMatrix y = NodeFixtures.columns(data, "y1");
        // x^+ y = x^T y / ||x||^2 for a single row x
        SimpleMatrix expected = x.transpose().scale(y.get(0, 0) / (x.normF() * x.normF()));
        assertTrue(NodeFixtures.maxDiff(thetaOf(run(data)), expected) < 1e-14);
    }
}
