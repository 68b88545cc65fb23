package org.lnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.nodes.PredictorNode;
import org.lnet.node.table.Table;

/**
 * The job's commands on files: min-norm on Parquet and CSV (Θ̂ and the summary), predict with a stored network
 * (against the Predictor node on the same table) and with Θ̂ (against X Θ̂ summed here), and bad input refused with
 * the node layer's messages, leaving no output behind.
 */
@Tag("slow")
class CommandsTest {

    static final int N = 20_000;
    static final List<String> INPUTS = List.of("a", "b", "c", "d");
    static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType).add("a", DataTypes.DoubleType)
        .add("b", DataTypes.DoubleType).add("c", DataTypes.DoubleType).add("d", DataTypes.DoubleType)
        .add("label", DataTypes.StringType).add("y", DataTypes.DoubleType);

    @TempDir
    static Path dir;
    static List<Row> rows;
    static DMatrixRMaj x;
    static DMatrixRMaj y;
    static String parquet;

    @BeforeAll
    static void data() {
        Random random = new Random(99);
        rows = new ArrayList<>();
        x = new DMatrixRMaj(N, 4);
        y = new DMatrixRMaj(N, 1);
        for (int i = 0; i < N; i++) {
            double[] v = {random.nextGaussian(), random.nextGaussian() + 2, random.nextGaussian(), random.nextDouble()};
            double t = v[0] - 0.5 * v[1] + 2 * v[3] + 0.01 * random.nextGaussian();
            System.arraycopy(v, 0, x.data, 4 * i, 4);
            y.set(i, 0, t);
            rows.add(RowFactory.create((long) i, v[0], v[1], v[2], v[3], i % 2 == 0 ? "even" : "odd", t));
        }
        parquet = write(rows, "table.parquet");
    }

    /** One Parquet file, so Spark reads the rows in the order written (row ids Row0, Row1, ... match). */
    static String write(List<Row> data, String name) {
        String path = dir.resolve(name).toString();
        spark().createDataFrame(data, SCHEMA).coalesce(1).write().parquet(path);
        return path;
    }

    static SparkSession spark() {
        return LocalSpark.session();
    }

    static Map<String, Object> run(String... argv) {
        return Main.run(spark(), argv, 0);
    }

    static Table nodeTable(List<Row> data) {
        return LocalSpark.nodeTable(SCHEMA, data);
    }

    @Test
    void minNormWritesThetaAndSummary() throws Exception {
        String theta = dir.resolve("out/theta.csv").toString();
        String summary = dir.resolve("out/summary.json").toString();
        Map<String, Object> json = run("min-norm", "--data", parquet, "--x-columns", "a,b,c,d", "--y-columns", "y",
            "--out-theta", theta, "--out-summary", summary);
        DataDecomposition engine = DataDecomposition.of(x, y);
        assertEquals((long) N, json.get("n"));
        assertEquals(4, json.get("rank"));
        assertEquals(engine.residualLoss(), (double) json.get("residualLoss"), 1e-10 * engine.residualLoss());
        List<String> lines = Files.readAllLines(Path.of(theta));
        assertEquals("input,y", lines.get(0));
        DMatrixRMaj expected = engine.minNormSolution();
        for (int i = 0; i < 4; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(INPUTS.get(i), cells[0]);
            assertEquals(expected.get(i, 0), Double.parseDouble(cells[1]), 1e-10 * Math.abs(expected.get(i, 0)));
        }
        assertTrue(Files.readString(Path.of(summary)).contains("\"residualLoss\""));
    }

    /** Predictions of a stored network equal the Predictor node's on the same table, bit for bit, row by row. */
    @Test
    void predictWithAStoredNetworkEqualsThePredictorNode() throws Exception {
        DataDecomposition data = DataDecomposition.of(x, y);
        var trained = Trainer.train(Initializers.gaussian(4, 1, 30, 0.5, 1, 1, 5), data,
            TrainingOptions.descent(1e-5, 200), Progress.NONE).network();
        NetworkPortObject network = NetworkPortObject.of(trained, INPUTS, List.of("y"), "sum");
        Path file = dir.resolve("network.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            NetworkCodec.write(network, out);
        }
        String out = dir.resolve("predicted-network").toString();
        Map<String, Object> json = run("predict", "--data", parquet, "--network", file.toString(), "--out", out);
        assertEquals(List.of("Prediction (y)"), json.get("predictionColumns"));

        Table table = nodeTable(rows);
        Table node = (Table) new PredictorNode().execute(new PredictorNode.Settings(List.of()),
            new PortValue[] {network, table}, Progress.NONE).output(0);
        Map<Long, Double> spark = new HashMap<>();
        for (Row r : spark().read().parquet(out).collectAsList()) {
            spark.put(r.getLong(0), r.getDouble(r.fieldIndex("Prediction (y)")));
        }
        assertEquals(N, spark.size());
        for (int i = 0; i < N; i++) {
            assertEquals(node.getDouble(0, i), spark.get((long) i), "row " + i);
        }
    }

    /**
     * Θ̂ as min-norm writes it scores the table: ŷ = x^T Θ̂, summed here in the order of the inputs; both sides add the
     * same four products in the same order, and the CSV keeps every double exactly, so they agree to the last bit up to
     * a rounding or two (4 eps relative to sum |x_i θ_i|).
     */
    @Test
    void predictWithTheta() throws Exception {
        String theta = dir.resolve("theta-for-predict.csv").toString();
        run("min-norm", "--data", parquet, "--x-columns", "a,b,c,d", "--y-columns", "y", "--out-theta", theta);
        List<String> lines = Files.readAllLines(Path.of(theta));
        double[] th = new double[4];
        for (int i = 0; i < 4; i++) {
            th[i] = Double.parseDouble(lines.get(i + 1).split(",")[1]);
        }
        String out = dir.resolve("predicted-theta").toString();
        run("predict", "--data", parquet, "--theta", theta, "--out", out, "--out-format", "csv");
        List<Row> predicted = spark().read().option("header", "true").option("inferSchema", "true").csv(out).collectAsList();
        assertEquals(N, predicted.size());
        for (Row r : predicted) {
            int i = ((Number) r.get(0)).intValue();
            double sum = 0;
            double scale = 0;
            for (int j = 0; j < 4; j++) {
                sum += x.get(i, j) * th[j];
                scale += Math.abs(x.get(i, j) * th[j]);
            }
            assertEquals(sum, r.getDouble(r.fieldIndex("Prediction (y)")), 4 * Math.ulp(scale));
        }
    }

    /**
     * A missing input cell: the Predictor node's message for the same table, and no output folder left (so the same
     * command runs once the data are fixed).
     */
    @Test
    void predictRefusesBadCellsWithTheNodesMessage() throws Exception {
        List<Row> bad = new ArrayList<>(rows);
        bad.set(777, RowFactory.create(777L, 0.0, 1.0, null, 0.5, "odd", 1.0));
        String input = write(bad, "bad.parquet");
        String theta = dir.resolve("theta-bad.csv").toString();
        Files.writeString(Path.of(theta), "input,y\na,1\nb,2\nc,3\nd,4\n");
        String out = dir.resolve("predicted-bad").toString();
        InvalidInputException spark = assertThrows(InvalidInputException.class,
            () -> run("predict", "--data", input, "--theta", theta, "--out", out));
        NetworkPortObject network = Commands.model(spark(), JobArgs.parse("predict", new String[] {"--theta", theta}, 0,
            java.util.Set.of("theta"), List.of()));
        InvalidInputException node = assertThrows(InvalidInputException.class, () -> new PredictorNode().execute(
            new PredictorNode.Settings(List.of()), new PortValue[] {network, nodeTable(bad)}, Progress.NONE));
        assertEquals(node.getMessage(), spark.getMessage());
        assertTrue(spark.getMessage().contains("'c', row 'Row777'"), spark.getMessage());
        assertTrue(!Files.exists(Path.of(out)), "nothing left of the output folder");
    }

    /**
     * CSV: a NaN cell (Spark reads "NaN" as a number) and a text column chosen as an input get the Min-Norm Regression
     * node's messages for the same table.
     */
    @Test
    void csvBadInputGetsTheNodesMessages() throws Exception {
        Path csv = dir.resolve("bad.csv");
        StringBuilder text = new StringBuilder("id,a,b,c,d,label,y\n");
        List<Row> same = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double a = i == 31 ? Double.NaN : i * 0.5;
            text.append(i).append(',').append(a).append(",1.0,").append(i % 3).append(".0,2.0,w").append(i).append(',').append(i)
                .append(".0\n");
            same.add(RowFactory.create((long) i, a, 1.0, (double) (i % 3), 2.0, "w" + i, (double) i));
        }
        Files.writeString(csv, text);
        String theta = dir.resolve("unused.csv").toString();
        InvalidInputException nan = assertThrows(InvalidInputException.class, () -> run("min-norm", "--data", csv.toString(),
            "--x-columns", "a,b", "--y-columns", "y", "--out-theta", theta));
        assertEquals(nodeError(same, "a,b"), nan.getMessage());
        assertTrue(nan.getMessage().startsWith("Non-finite value NaN in input column 'a', row 'Row31'"), nan.getMessage());
        InvalidInputException notNumber = assertThrows(InvalidInputException.class, () -> run("min-norm", "--data",
            csv.toString(), "--x-columns", "label,b", "--y-columns", "y", "--out-theta", theta));
        assertEquals(nodeError(same, "label,b"), notNumber.getMessage());
        assertTrue(!Files.exists(Path.of(theta)));
    }

    private static String nodeError(List<Row> data, String inputs) {
        MinNormRegressionNode node = new MinNormRegressionNode();
        MapSettingsStore store = new MapSettingsStore();
        node.parameters().get(0).writeText(store, inputs);
        node.parameters().get(1).writeText(store, "y");
        return assertThrows(InvalidInputException.class, () -> node.execute(node.load(store),
            new PortValue[] {nodeTable(data)}, Progress.NONE)).getMessage();
    }
}
