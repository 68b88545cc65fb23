package org.lnet.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.linalg.Matrix;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.linalg.distributed.RowMatrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.table.ColumnSelection;

/**
 * {@code lnet-spark bench}: rows per second of the distributed data decomposition in this Spark (CSV and Parquet)
 * against the single-machine streaming path (the engine's accumulator fed from the same CSV by one thread, as the
 * command line does), and the accuracy of the ways Spark could compute it: this job (the engine's block QR per
 * partition, merged in a tree), MLlib's RowMatrix.tallSkinnyQR (R handed to the same driver step) and MLlib's
 * computeSVD (an eigen-decomposition of the Gram matrix X^T X), each against the single-machine decomposition, on the
 * benchmark data and on ill-conditioned data (singular values spread over seven decades).
 */
final class Benchmark {
    private Benchmark() {
    }

    static Map<String, Object> run(SparkSession spark, String[] argv, int from) {
        JobArgs args = JobArgs.parse("bench", argv, from, java.util.Set.of("rows", "d", "m", "dir"), List.of());
        int rows = Integer.parseInt(args.getOr("rows", "1000000"));
        int d = Integer.parseInt(args.getOr("d", "20"));
        int m = Integer.parseInt(args.getOr("m", "1"));
        try {
            Path dir = args.has("dir") ? Path.of(args.get("dir")) : Files.createTempDirectory("lnet-spark-bench");
            Files.createDirectories(dir);
            Path csv = dir.resolve("XY.csv");
            List<String> inputs = names("x", d);
            List<String> targets = names("y", m);
            write(csv, rows, d, m, 0, 1);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", rows);
            json.put("d", d);
            json.put("m", m);
            json.put("csv", csv.toString());
            json.put("cores", spark.sparkContext().defaultParallelism());

            // every path runs twice and the faster run counts (the first one also warms up the JIT)
            Timed<DataDecomposition> single = best(() -> streamed(csv, d, m));
            json.put("singleMachineCsvRowsPerSecond", rows / single.seconds());

            StructType schema = schema(inputs, targets);
            Dataset<Row> fromCsv = spark.read().option("header", "true").schema(schema).csv(csv.toString());
            Timed<DataDecomposition> sparkCsv = best(() -> decompose(fromCsv, inputs, targets));
            json.put("sparkCsvRowsPerSecond", rows / sparkCsv.seconds());
            json.put("sparkCsvPartitions", fromCsv.javaRDD().getNumPartitions());
            json.put("ratioSparkCsvToSingleMachine", single.seconds() / sparkCsv.seconds());

            String parquet = dir.resolve("XY.parquet").toString();
            fromCsv.write().mode("overwrite").parquet(parquet);
            Dataset<Row> fromParquet = spark.read().parquet(parquet);
            Timed<DataDecomposition> sparkParquet = best(() -> decompose(fromParquet, inputs, targets));
            json.put("sparkParquetRowsPerSecond", rows / sparkParquet.seconds());
            json.put("ratioSparkParquetToSingleMachineCsv", single.seconds() / sparkParquet.seconds());

            double rcond = single.value().rcond();
            Timed<DataDecomposition> mllib = best(() -> tallSkinnyQr(fromParquet, d, rcond, rows));
            json.put("mllibTallSkinnyQrParquetRowsPerSecond", rows / mllib.seconds());

            DataDecomposition reference = single.value();
            json.put("errorsVsSingleMachine", Map.of("job", errors(reference, sparkParquet.value()),
                "jobCsv", errors(reference, sparkCsv.value()), "mllibTallSkinnyQr", errors(reference, mllib.value()),
                "mllibComputeSvd", svdErrors(reference, fromParquet, d)));
            json.put("illConditioned", illConditioned(spark, dir, Math.min(rows, 200_000), d));
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows x = Q z with z_j ~ N(0, 10^(-2 decades j / (D - 1))) and Q a fixed random rotation, y = sum(x) + noise: for
     * decades = 0 well-conditioned data, for decades = 7 singular values spread over seven decades in correlated
     * columns (condition number about 10^7, so X^T X has about 10^14).
     */
    private static void write(Path csv, int rows, int d, int m, double decades, long seed) throws IOException {
        Random random = new Random(seed);
        DMatrixRMaj gaussian = new DMatrixRMaj(d, d);
        for (int i = 0; i < gaussian.data.length; i++) {
            gaussian.data[i] = random.nextGaussian();
        }
        var qr = org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(d, d);
        qr.decompose(gaussian);
        DMatrixRMaj rotation = qr.getQ(null, false);
        double[] z = new double[d];
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            List<String> header = new ArrayList<>(names("x", d));
            header.addAll(names("y", m));
            w.write(String.join(",", header));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                for (int j = 0; j < d; j++) {
                    z[j] = random.nextGaussian() * Math.pow(10, -decades * j / Math.max(1, d - 1));
                }
                double sum = 0;
                for (int a = 0; a < d; a++) {
                    double v = 0;
                    for (int j = 0; j < d; j++) {
                        v += rotation.get(a, j) * z[j];
                    }
                    sum += v;
                    line.append(v).append(',');
                }
                for (int k = 0; k < m; k++) {
                    line.append(sum + random.nextGaussian()).append(k + 1 < m ? "," : "\n");
                }
                w.append(line);
            }
        }
    }

    /** The single-machine streaming path: one thread reads the CSV and feeds the engine's accumulator. */
    private static DataDecomposition streamed(Path csv, int d, int m) throws IOException {
        DataAccumulator acc = new DataAccumulator(d, m);
        double[] x = new double[d];
        double[] y = new double[m];
        try (BufferedReader r = Files.newBufferedReader(csv)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int start = 0;
                for (int j = 0; j < d + m; j++) {
                    int end = line.indexOf(',', start);
                    double v = Double.parseDouble(line.substring(start, end < 0 ? line.length() : end));
                    if (j < d) {
                        x[j] = v;
                    } else {
                        y[j - d] = v;
                    }
                    start = end + 1;
                }
                acc.add(x, y);
            }
        }
        return acc.finish();
    }

    private static DataDecomposition decompose(Dataset<Row> table, List<String> inputs, List<String> targets) {
        return Commands.factor(table, new ColumnSelection(inputs, targets), new MinNormRegressionNode().parameters())
            .finish();
    }

    /** MLlib's TSQR of [X Y]; its R goes through the engine's driver step (the rows of R stand for the samples). */
    private static DataDecomposition tallSkinnyQr(Dataset<Row> table, int d, double rcond, int rows) {
        int width = table.schema().size();
        JavaRDD<Vector> vectors = table.javaRDD().map(r -> {
            double[] v = new double[width];
            for (int j = 0; j < width; j++) {
                v[j] = r.getDouble(j);
            }
            return Vectors.dense(v);
        });
        Matrix r = new RowMatrix(vectors.rdd(), rows, width).tallSkinnyQR(false).R();
        DataAccumulator acc = new DataAccumulator(d, width - d);
        for (int i = 0; i < r.numRows(); i++) {
            double[] x = new double[d];
            double[] y = new double[width - d];
            for (int j = 0; j < width; j++) {
                if (j < d) {
                    x[j] = r.apply(i, j);
                } else {
                    y[j - d] = r.apply(i, j);
                }
            }
            acc.add(x, y);
        }
        return acc.finish(rcond);
    }

    /** Relative errors of Θ̂ (max entry over max entry), of each singular value and of L*. */
    private static Map<String, Object> errors(DataDecomposition reference, DataDecomposition other) {
        DMatrixRMaj a = reference.minNormSolution();
        DMatrixRMaj b = other.minNormSolution();
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.data.length; i++) {
            diff = Math.max(diff, Math.abs(a.data[i] - b.data[i]));
            scale = Math.max(scale, Math.abs(a.data[i]));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("theta", diff / scale);
        out.put("singularValues", singularValueError(reference.singularValues(), other.singularValues()));
        out.put("residualLoss", Math.abs(reference.residualLoss() - other.residualLoss()) / reference.residualLoss());
        return out;
    }

    private static double singularValueError(double[] reference, double[] other) {
        double worst = 0;
        for (int i = 0; i < reference.length; i++) {
            worst = Math.max(worst, Math.abs(reference[i] - other[i]) / reference[i]);
        }
        return worst;
    }

    /** MLlib's computeSVD of X alone: only its singular values compare (it gives no Θ̂). */
    private static Map<String, Object> svdErrors(DataDecomposition reference, Dataset<Row> table, int d) {
        JavaRDD<Vector> vectors = table.javaRDD().map(r -> {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = r.getDouble(j);
            }
            return Vectors.dense(v);
        });
        double[] s = new RowMatrix(vectors.rdd()).computeSVD(d, false, 1e-300).s().toArray();
        double[] padded = java.util.Arrays.copyOf(s, d);
        return Map.of("singularValues", singularValueError(reference.singularValues(), padded));
    }

    private static Map<String, Object> illConditioned(SparkSession spark, Path dir, int rows, int d) throws IOException {
        Path csv = dir.resolve("ill-conditioned.csv");
        write(csv, rows, d, 1, 7, 2);
        DataDecomposition single = streamed(csv, d, 1);
        Dataset<Row> table = spark.read().option("header", "true").schema(schema(names("x", d), names("y", 1)))
            .csv(csv.toString()).repartition(8).cache();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        double[] s = single.singularValues();
        out.put("conditionNumber", s[0] / s[s.length - 1]);
        out.put("job", errors(single, decompose(table, names("x", d), names("y", 1))));
        out.put("mllibTallSkinnyQr", errors(single, tallSkinnyQr(table, d, single.rcond(), rows)));
        out.put("mllibComputeSvd", svdErrors(single, table, d));
        table.unpersist();
        return out;
    }

    private static StructType schema(List<String> inputs, List<String> targets) {
        StructType schema = new StructType();
        for (String c : inputs) {
            schema = schema.add(c, DataTypes.DoubleType);
        }
        for (String c : targets) {
            schema = schema.add(c, DataTypes.DoubleType);
        }
        return schema;
    }

    private static List<String> names(String prefix, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private record Timed<T>(T value, double seconds) {
    }

    private interface Run<T> {
        T run() throws IOException;
    }

    /** Runs twice; the second result with the shorter of the two times. */
    private static <T> Timed<T> best(Run<T> run) throws IOException {
        long t0 = System.nanoTime();
        run.run();
        long t1 = System.nanoTime();
        T value = run.run();
        long t2 = System.nanoTime();
        return new Timed<>(value, Math.min(t1 - t0, t2 - t1) / 1e9);
    }
}
