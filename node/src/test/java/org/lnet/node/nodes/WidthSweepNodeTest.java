package org.lnet.node.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.Sampling;
import org.lnet.node.NodeFixtures;
import org.lnet.node.NodeHarness;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.table.Table;

class WidthSweepNodeTest {

    private final WidthSweepNode node = new WidthSweepNode();

    private Table sweep(long threads) {
        return (Table) node.execute(NodeFixtures.store("widths", "6, 12, 24", "seeds", 3L, "lr", 0.05, "tol", 1e-8,
            "steps", 50_000L, "threads", threads, "targetColumns", new String[] {"y1", "y2"}, "seed", 5L),
            new PortValue[] {NodeHarness.DATA}, Progress.NONE).output(0);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        assertEquals(sweep(1), sweep(3));
    }

    @Test
    void oneRowPerWidthAndRunWithDerivedSeeds() {
        Table t = sweep(1);
        assertEquals(9, t.rows());
        assertEquals(WidthSweepNode.OUTPUT, t.spec());
        assertEquals(6L, t.getLong(0, 0));
        assertEquals(24L, t.getLong(0, 8));
        assertEquals(Sampling.derive(5, 12, 1), t.getLong(2, 4));
        for (int i = 0; i < t.rows(); i++) {
            assertEquals(t.getDouble(9, 0), t.getDouble(9, i), 0.0, "slope is repeated in every row");
            assertTrue(t.getDouble(4, i) > 0);
        }
    }

    /**
     * The paper's other quantities per run, checked by their own identities: once L = L* the whole distance lies
     * outside the row space of X (Proposition 1, (14)), so finalU2vNorm equals distance up to the in-span error
     * ||E|| / s_r ~ sqrt(tol) / s_r; theorem2Vacuous is the comparison of the bound's log with the log of
     * initialDistanceOp; n, D, m are the data's shape; the flow option trains the same networks.
     */
    @Test
    void finalPartOutsideTheRowSpaceIsTheDistanceAndVacuityIsTheStatedComparison() {
        Table t = sweep(1);
        int distance = t.spec().indexOf("distance");
        for (int i = 0; i < t.rows(); i++) {
            double d = t.getDouble(distance, i);
            assertEquals(d, t.getDouble(t.spec().indexOf("finalU2vNorm"), i), 1e-3 * d, "row " + i);
            boolean vacuous = !(t.getDouble(t.spec().indexOf("theorem2LogBound"), i)
                < Math.log(t.getDouble(t.spec().indexOf("initialDistanceOp"), i)));
            assertEquals(vacuous, t.getBoolean(t.spec().indexOf("theorem2Vacuous"), i));
            assertTrue(t.getBoolean(t.spec().indexOf("converged"), i));
            assertEquals(6L, t.getLong(t.spec().indexOf("n"), i));
            assertEquals(10L, t.getLong(t.spec().indexOf("D"), i));
            assertEquals(2L, t.getLong(t.spec().indexOf("m"), i));
        }
        Table flow = (Table) node.execute(NodeFixtures.store("widths", "6, 12, 24", "seeds", 3L, "lr", 0.05, "tol", 1e-8,
            "steps", 50_000L, "threads", 1L, "targetColumns", new String[] {"y1", "y2"}, "seed", 5L, "method", "flow"),
            new PortValue[] {NodeHarness.DATA}, Progress.NONE).output(0);
        for (int i = 0; i < t.rows(); i++) {
            assertEquals(t.getLong(2, i), flow.getLong(2, i), "same seeds");
            // descent with a small step ends within a few per cent of the flow from the same start
            assertEquals(flow.getDouble(distance, i), t.getDouble(distance, i), 0.05 * flow.getDouble(distance, i));
        }
    }

    @Test
    void explicitTrillionWidthIsRefusedWithTheImplicitHint() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> node.configure(
            NodeFixtures.store("widths", "100, 1000000000000", "mode", "explicit"), new PortSpec[] {null}));
        assertTrue(e.getMessage().contains("implicit width"), e.getMessage());
    }

    @Test
    void badWidthListsAreExplained() {
        for (String widths : new String[] {"100, abc", "0, 10", " , "}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.load(NodeFixtures.store("widths", widths)));
            assertTrue(e.getMessage().startsWith("Setting 'Widths h' (widths)"), e.getMessage());
        }
    }

    /** A slope needs two different widths: one width, or one listed twice, is refused when the settings load. */
    @Test
    void aSingleOrRepeatedWidthIsRefusedBeforeAnyRun() {
        for (String widths : new String[] {"10", "10, 10", "10, 20, 10"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.load(NodeFixtures.store("widths", widths)));
            assertTrue(e.getMessage().startsWith("Setting 'Widths h' (widths) "), e.getMessage());
            assertTrue(e.getMessage().contains(widths.equals("10") ? "at least two different widths" : "twice"),
                e.getMessage());
        }
        assertEquals(3, ((WidthSweepNode.Settings) node.load(NodeFixtures.store("widths", "1e1, 2e1, 40"))).widthList()
            .length, "whole numbers in scientific notation, as on the command line");
    }

    /**
     * Numbers that are NaN or not at convergence are explained by a warning: before, an α outside (1/4, 1/2] left
     * theorem2LogBound NaN and runs stopped by the step limit gave distances of unconverged networks, silently.
     */
    @Test
    void nanColumnsAndUnconvergedRunsAreExplained() {
        var r = node.execute(NodeFixtures.store("widths", "8, 16", "seeds", 2L, "alpha", 0.8, "lr", 0.05,
            "tol", 1e-12, "steps", 3L, "threads", 1L, "targetColumns", new String[] {"y1", "y2"}),
            new PortValue[] {NodeHarness.DATA}, Progress.NONE);
        Table t = (Table) r.output(0);
        assertTrue(Double.isNaN(t.getDouble(t.spec().indexOf("theorem2LogBound"), 0)));
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("theorem2LogBound is NaN"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).startsWith("4 of 4 runs stopped at the step limit (3)"), r.warnings().get(1));
        var two = node.execute(NodeFixtures.store("widths", "8, 16", "seeds", 1L, "lr", 0.05, "tol", 1e-6,
            "threads", 1L, "targetColumns", new String[] {"y1", "y2"}), new PortValue[] {NodeHarness.DATA},
            Progress.NONE);
        assertTrue(Double.isNaN(((Table) two.output(0)).getDouble(10, 0)));
        assertEquals(List.of("Two runs give no standard error of the slope (slopeStdErr is NaN): use more runs."),
            two.warnings());
    }
}
