package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.node.NodeFixtures;
import org.lnet.node.NodeHarness;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;

class BoundEvaluatorNodeTest {

    private final BoundEvaluatorNode node = new BoundEvaluatorNode();
    private final Table data = NodeHarness.DATA;
    private final SimpleMatrix x = NodeFixtures.columns(data, NetworkSpec.defaultNames("x", 10).toArray(new String[0]));
    private final SimpleMatrix p = NodeFixtures.pinvRowRank(x).mult(x);

    private static double[] eigenvaluesDescending(SimpleMatrix symmetric) {
        SimpleEVD<SimpleMatrix> evd = symmetric.eig();
        double[] ev = new double[symmetric.getNumRows()];
        for (int i = 0; i < ev.length; i++) {
            ev[i] = evd.getEigenvalue(i).getReal();
        }
        Arrays.sort(ev);
        for (int i = 0; i < ev.length / 2; i++) {
            double t = ev[i];
            ev[i] = ev[ev.length - 1 - i];
            ev[ev.length - 1 - i] = t;
        }
        return ev;
    }

    @Test
    void constantsMatchTheirDefinitionsOnTheFullMatrices() {
        NetworkPortObject net = NodeHarness.network(4);
        Table out = (Table) node.execute(node.defaults(), new PortValue[] {net, data}, Progress.NONE).output(0);
        SimpleMatrix u = NodeFixtures.wrap(net.network().u());
        SimpleMatrix v = NodeFixtures.wrap(net.network().v());
        // Λ = U1^T U1 - V^T V = U^T P U - V^T V (h = 12), with r = rank X = 6 and m = 2
        double[] ev = eigenvaluesDescending(u.transpose().mult(p).mult(u).minus(v.transpose().mult(v)));
        double lambdaR = ev[6 - 1];
        double lambdaM = -ev[12 - 2];
        double c = Math.max(lambdaR, 0) + Math.max(lambdaM, 0);
        double[] sx = eigenvaluesDescending(x.mult(x.transpose()));
        double scale = Math.abs(ev[0]) + 1;
        assertEquals(lambdaR, out.getDouble(4, 0), 1e-12 * scale);
        assertEquals(lambdaM, out.getDouble(5, 0), 1e-12 * scale);
        assertEquals(c, out.getDouble(3, 0), 1e-12 * scale);
        assertEquals(sx[5], out.getDouble(6, 0), 1e-12 * sx[0]);
        assertEquals(2 * sx[5] * c, out.getDouble(7, 0), 1e-11 * sx[0] * scale);
        // (19): ||U1 V^T||_F = ||P U V^T||_F; (18): ||[V U2^T; U1 U2^T]||_F with U2^T -> U^T (I - P)
        SimpleMatrix q = SimpleMatrix.identity(10).minus(p);
        double lhs19 = p.mult(u).mult(v.transpose()).normF();
        double a = v.mult(u.transpose()).mult(q).normF();
        double b = p.mult(u).mult(u.transpose()).mult(q).normF();
        assertEquals(lhs19, out.getDouble(14, 0), 1e-12 * (lhs19 + 1));
        assertEquals(Math.sqrt(a * a + b * b), out.getDouble(11, 0), 1e-12 * (a + b + 1));
        assertEquals(lambdaR + lambdaM, out.getDouble(8, 0), 1e-12 * scale);
        assertEquals(Math.pow(12, 1 - 2 * 0.5), out.getDouble(9, 0), 0.0);
    }

    @Test
    void flagsAgreeWithTheirInequalitiesAndCellsAreTyped() {
        Table out = (Table) node.execute(node.defaults(), new PortValue[] {NodeHarness.network(4), data},
            Progress.NONE).output(0);
        assertEquals(ColumnType.LONG, out.spec().column(0).type());
        assertEquals(12L, out.getLong(0, 0));
        assertEquals(out.getDouble(8, 0) > out.getDouble(9, 0), out.getBoolean(10, 0));
        assertEquals(out.getDouble(11, 0) <= out.getDouble(12, 0), out.getBoolean(13, 0));
        assertEquals(out.getDouble(14, 0) <= out.getDouble(15, 0), out.getBoolean(16, 0));
        assertEquals(ColumnType.BOOLEAN, out.spec().column(18).type());
    }

    @Test
    void alphaAndDeltaOutsideTheTheoremsAreRefused() {
        for (double alpha : new double[] {0.25, 0.6, Double.NaN}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.load(NodeFixtures.store("alpha", alpha)));
            assertTrue(e.getMessage().contains("(alpha)"), e.getMessage());
        }
        for (double delta : new double[] {0, 1, -0.5}) {
            assertThrows(InvalidInputException.class, () -> node.load(NodeFixtures.store("delta", delta)));
        }
    }

    @Test
    void alphaDifferentFromTheNetworksWarns() {
        var r = node.execute(NodeFixtures.store("alpha", 0.4), new PortValue[] {NodeHarness.network(4), data},
            Progress.NONE);
        assertTrue(r.warnings().get(0).contains("α = 0.5"), r.warnings().toString());
    }
}
