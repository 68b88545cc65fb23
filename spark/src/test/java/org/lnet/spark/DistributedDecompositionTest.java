package org.lnet.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.PortValue;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.Table;

/**
 * The distributed data decomposition against the engine's single-machine one on 10^5 generated rows, for several
 * partition counts (one, a few, and more than the merge tree's fan-in, so the tree has two levels), and bad cells
 * against the node layer's own run on the same table.
 */
@Tag("slow")
class DistributedDecompositionTest {

    static final int N = 100_000;
    static final int D = 12;
    static final int M = 2;
    /**
     * Both sides are backward-stable Householder QRs of the same well-conditioned matrix (κ(X) ≈ 30 here), so they
     * differ by a few hundred rounding errors at most, ~1e-13 relative; 1e-10 is the bar the issue sets.
     */
    static final double TOL = 1e-10;

    static DMatrixRMaj x;
    static DMatrixRMaj y;
    static List<Row> rows;
    static StructType schema;
    static List<String> inputs;
    static List<String> targets;

    /** X: Gaussian columns of scales 1..12 around offsets (so not centred), Y = X θ + noise. java.util.Random. */
    @BeforeAll
    static void data() {
        Random random = new Random(2024);
        x = new DMatrixRMaj(N, D);
        y = new DMatrixRMaj(N, M);
        rows = new ArrayList<>(N);
        inputs = new ArrayList<>();
        targets = List.of("y1", "y2");
        schema = new StructType();
        for (int j = 0; j < D; j++) {
            inputs.add("x" + (j + 1));
            schema = schema.add("x" + (j + 1), DataTypes.DoubleType);
        }
        for (String t : targets) {
            schema = schema.add(t, DataTypes.DoubleType);
        }
        for (int i = 0; i < N; i++) {
            Object[] cells = new Object[D + M];
            double s = 0;
            for (int j = 0; j < D; j++) {
                double v = (j + 1) * random.nextGaussian() + 0.5 * j;
                x.set(i, j, v);
                cells[j] = v;
                s += (j % 3 - 1) * v;
            }
            y.set(i, 0, s + 0.1 * random.nextGaussian());
            y.set(i, 1, random.nextGaussian());
            cells[D] = y.get(i, 0);
            cells[D + 1] = y.get(i, 1);
            rows.add(RowFactory.create(cells));
        }
    }

    static Dataset<Row> table(List<Row> data, int partitions) {
        return LocalSpark.session().createDataFrame(LocalSpark.context().parallelize(data, partitions), schema);
    }

    static DataDecomposition distributed(Dataset<Row> table) {
        ColumnSelection sel = new ColumnSelection(inputs, targets);
        return Commands.factor(table, sel, new MinNormRegressionNode().parameters()).finish();
    }

    /**
     * Equal to the engine's decomposition for 1, 3 and 40 partitions; the same bits when the 40-partition table is
     * decomposed again (the merge runs in partition order).
     */
    @Test
    void equalsTheEnginesDecompositionForAnyPartitionCount() {
        DataDecomposition engine = DataDecomposition.of(x, y);
        DMatrixRMaj theta = engine.minNormSolution();
        for (int partitions : new int[] {1, 3, 40}) {
            DataDecomposition spark = distributed(table(rows, partitions));
            String where = partitions + " partitions";
            assertEquals(N, spark.samples(), where);
            assertEquals(engine.rank(), spark.rank(), where);
            assertEquals(engine.rcond(), spark.rcond(), where);
            assertTrue(relativeDifference(theta, spark.minNormSolution()) < TOL, where);
            double[] s = engine.singularValues();
            double[] t = spark.singularValues();
            for (int i = 0; i < s.length; i++) {
                assertEquals(s[i], t[i], TOL * s[i], where + ", singular value " + (i + 1));
            }
            assertEquals(engine.residualLoss(), spark.residualLoss(), TOL * engine.residualLoss(), where);
            assertEquals(engine.targetNorm(), spark.targetNorm(), TOL * engine.targetNorm(), where);
            if (partitions == 40) {
                assertArrayEquals(spark.minNormSolution().data, distributed(table(rows, 40)).minNormSolution().data);
                assertSolvesTheNormalEquations(spark.minNormSolution());
            }
        }
    }

    /**
     * Independent of the engine: Θ̂ solves the normal equations X^T X Θ = X^T Y, checked with sums written out here.
     * The residual of a backward-stable solve is about eps κ ||X^T X|| ||Θ̂||; 1e-10 of ||X^T X|| ||Θ̂|| leaves room.
     */
    private static void assertSolvesTheNormalEquations(DMatrixRMaj theta) {
        double[][] xtx = new double[D][D];
        double[][] xtr = new double[D][M];
        for (int i = 0; i < N; i++) {
            for (int a = 0; a < D; a++) {
                for (int b = 0; b < D; b++) {
                    xtx[a][b] += x.get(i, a) * x.get(i, b);
                }
                for (int k = 0; k < M; k++) {
                    double fit = 0;
                    for (int b = 0; b < D; b++) {
                        fit += x.get(i, b) * theta.get(b, k);
                    }
                    xtr[a][k] += x.get(i, a) * (y.get(i, k) - fit);
                }
            }
        }
        double gram = 0;
        double gradient = 0;
        for (int a = 0; a < D; a++) {
            for (int b = 0; b < D; b++) {
                gram = Math.max(gram, Math.abs(xtx[a][b]));
            }
            for (int k = 0; k < M; k++) {
                gradient = Math.max(gradient, Math.abs(xtr[a][k]));
            }
        }
        double thetaMax = 0;
        for (double v : theta.data) {
            thetaMax = Math.max(thetaMax, Math.abs(v));
        }
        assertTrue(gradient < 1e-10 * gram * thetaMax, gradient + " vs " + gram * thetaMax);
    }

    /**
     * A table with a missing target cell (row 300, second partition) before a NaN input (row 600, third partition)
     * is refused with the message the Min-Norm Regression node gives for the same table, naming the first bad cell;
     * likewise an infinite input alone.
     */
    @Test
    void badCellsGetTheNodeLayersMessage() {
        List<Row> bad = new ArrayList<>(rows.subList(0, 1000));
        bad.set(300, with(bad.get(300), D + 1, null));
        bad.set(600, with(bad.get(600), 2, Double.NaN));
        assertSameMessage(bad, "Missing value in target column 'y2', row 'Row300'");
        List<Row> infinite = new ArrayList<>(rows.subList(0, 1000));
        infinite.set(999, with(infinite.get(999), 0, Double.NEGATIVE_INFINITY));
        assertSameMessage(infinite, "Non-finite value -Infinity in input column 'x1', row 'Row999'");
    }

    private static void assertSameMessage(List<Row> data, String start) {
        InvalidInputException spark = assertThrows(InvalidInputException.class, () -> distributed(table(data, 4)));
        InvalidInputException node = assertThrows(InvalidInputException.class, () -> runNode(data));
        assertEquals(node.getMessage(), spark.getMessage());
        assertEquals(node.subject(), spark.subject());
        assertTrue(spark.getMessage().startsWith(start), spark.getMessage());
    }

    /** The Min-Norm Regression node on the same rows as a node-layer table (row ids Row0, Row1, ...). */
    static void runNode(List<Row> data) {
        Table table = LocalSpark.nodeTable(schema, data);
        MinNormRegressionNode node = new MinNormRegressionNode();
        MapSettingsStore store = new MapSettingsStore();
        node.parameters().get(1).writeText(store, String.join(",", targets));
        node.execute(node.load(store), new PortValue[] {table}, Progress.NONE);
    }

    private static Row with(Row row, int column, Object value) {
        Object[] cells = new Object[row.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = c == column ? value : row.get(c);
        }
        return RowFactory.create(cells);
    }

    static double relativeDifference(DMatrixRMaj expected, DMatrixRMaj actual) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < expected.data.length; i++) {
            diff = Math.max(diff, Math.abs(expected.data[i] - actual.data[i]));
            scale = Math.max(scale, Math.abs(expected.data[i]));
        }
        return diff / scale;
    }
}
