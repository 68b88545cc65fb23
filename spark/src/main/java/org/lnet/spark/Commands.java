package org.lnet.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Provenance;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.node.Parameter;
import org.lnet.node.PortSpec;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.node.nodes.PredictorNode;
import org.lnet.node.nodes.WideNetworkTrainerNode;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * The job's commands. Each is a node of the node layer run on a Spark table: the node's settings (parsed, defaulted
 * and checked by the node layer), the node's column rules and messages, the engine's computation with its
 * row-by-row or run-by-run part spread over the cluster.
 */
final class Commands {

    private static final Set<String> TABLE = Set.of("data", "format");

    private Commands() {
    }

    static Map<String, Object> minNorm(SparkSession spark, String[] argv, int from) {
        MinNormRegressionNode node = new MinNormRegressionNode();
        JobArgs args = JobArgs.parse("min-norm", argv, from, with(TABLE, "out-theta", "out-summary"), node.parameters());
        String thetaPath = args.get("out-theta");
        Dataset<Row> table = read(spark, args);
        TableSpec spec = Tables.spec(table.schema());
        MinNormRegressionNode.Settings s = node.load(args.settings());
        node.configure(s, new PortSpec[] {spec});
        ColumnSelection sel = ColumnSelection.resolve(spec, s.get(MinNormRegressionNode.INPUTS),
            s.get(MinNormRegressionNode.TARGETS), null);
        long t0 = System.nanoTime();
        DataAccumulator factor = factor(table, sel, node.parameters());
        double rcond = s.get(MinNormRegressionNode.RCOND);
        DataDecomposition data = rcond == 0 ? factor.finish() : factor.finish(rcond);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", factor.samples());
        json.put("d", data.inputDim());
        json.put("m", data.outputDim());
        json.put("rank", data.rank());
        json.put("rcond", data.rcond());
        json.put("rankThreshold", data.rankThreshold());
        json.put("residualLoss", data.residualLoss());
        json.put("singularValues", data.singularValues());
        json.put("lossConvention", "sum: 1/2 ||Y - X Theta||_F^2");
        json.put("inputColumns", sel.inputs());
        json.put("targetColumns", sel.targets());
        json.put("partitions", table.javaRDD().getNumPartitions());
        json.put("decompositionSeconds", seconds);
        json.put("theta", thetaPath);
        Outputs out = new Outputs(spark.sparkContext().hadoopConfiguration());
        out.put(thetaPath, Outputs.namedMatrix(data.minNormSolution(), "input", sel.inputs(), sel.targets()));
        if (args.has("out-summary")) {
            json.put("summary", args.get("out-summary"));
            out.put(args.get("out-summary"), Outputs.json(json) + "\n");
        }
        out.commit();
        return json;
    }

    /** The factor of the selected columns, computed partition by partition; messages name the node's settings. */
    static DataAccumulator factor(Dataset<Row> table, ColumnSelection sel, List<Parameter> parameters) {
        return DistributedDecomposition.factor(table,
            new RowCells(sel.inputs(), "input", key(parameters, Parameter.ColumnRole.INPUTS), 0),
            new RowCells(sel.targets(), "target", key(parameters, Parameter.ColumnRole.TARGETS), sel.inputs().size()));
    }

    static Map<String, Object> predict(SparkSession spark, String[] argv, int from) {
        PredictorNode node = new PredictorNode();
        JobArgs args = JobArgs.parse("predict", argv, from, with(TABLE, "theta", "network", "out", "out-format"),
            node.parameters());
        String outPath = args.get("out");
        Path outDir = new Path(outPath);
        try {
            if (outDir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(outDir)) {
                throw new InvalidInputException("out", "The output folder '" + outPath + "' exists already: give another "
                    + "--out or delete it first.");
            }
        } catch (IOException e) {
            throw new InvalidInputException("out", "Cannot check the output folder '" + outPath + "': " + e.getMessage());
        }
        NetworkPortObject network = model(spark, args);
        Dataset<Row> table = read(spark, args);
        TableSpec spec = Tables.spec(table.schema());
        PredictorNode.Settings s = node.load(args.settings());
        node.configure(s, new PortSpec[] {network.spec(), spec});
        List<String> inputs = ColumnSelection.resolveInputs(spec, s.get(PredictorNode.INPUTS), network.spec());
        RowCells cells = new RowCells(inputs, "input", key(node.parameters(), Parameter.ColumnRole.INPUTS),
            table.schema().size());
        String format = args.getOr("out-format", "parquet");
        Dataset<Row> predicted = DistributedPredictions.predict(spark, table, network, cells);
        try {
            predicted.write().format(format).option("header", "true").save(outPath);
        } catch (Exception e) { // Spark's failures are checked exceptions thrown undeclared
            deleteQuietly(spark, outDir); // it did not exist before: what is there is this job's unfinished output
            BadCell bad = DistributedDecomposition.firstBadCell(table, new RowCells(inputs, "input",
                key(node.parameters(), Parameter.ColumnRole.INPUTS), 0), null);
            if (bad != null) {
                throw bad.error();
            }
            throw e;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network.summary());
        json.put("inputColumns", inputs);
        json.put("predictionColumns", PredictorNode.predictionNames(spec, network.spec()));
        json.put("out", outPath);
        json.put("format", format);
        return json;
    }

    private static void deleteQuietly(SparkSession spark, Path dir) {
        try {
            dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
        } catch (IOException e) {
            // the failure being reported matters more than the leftover folder
        }
    }

    /** The network to apply: a {@link NetworkCodec} file, or Θ as a table (first column the input names). */
    static NetworkPortObject model(SparkSession spark, JobArgs args) {
        if (args.has("network") == args.has("theta")) {
            throw new InvalidInputException("network", "Give the model with either --network NET.bin (a stored "
                + "linear network) or --theta THETA.csv (as min-norm writes it), not " + (args.has("network") ? "both." : "neither."));
        }
        if (args.has("network")) {
            Path path = new Path(args.get("network"));
            try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
                return NetworkCodec.read(in);
            } catch (IOException e) {
                throw new InvalidInputException("network", "Cannot read the network '" + path + "' (" + e.getMessage()
                    + "): give a file of a stored linear network.");
            }
        }
        Dataset<Row> theta = Tables.read(spark, args.get("theta"), null, Map.of());
        TableSpec spec = Tables.spec(theta.schema());
        List<String> targets = spec.names().subList(1, spec.size());
        Table t = Tables.collect(theta, Integer.MAX_VALUE);
        if (targets.isEmpty() || t.rows() == 0) {
            throw new InvalidInputException("theta", "The table '" + args.get("theta") + "' is not a Θ table: it needs "
                + "a first column of input names and one number column per target, one row per input.");
        }
        List<String> inputs = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            inputs.add(String.valueOf(t.get(0, r)));
        }
        DMatrixRMaj values = org.lnet.node.table.Matrices.matrix(t, targets, "Θ", "theta", Progress.NONE);
        // Θ as the network U = Θ, V = I (h = m): U V^T = Θ exactly
        LinearNetwork net = LinearNetwork.explicit(values, CommonOps_DDRM.identity(targets.size()),
            new Provenance("min-norm", Double.NaN, 0, ""));
        return NetworkPortObject.of(net, inputs, targets, "");
    }

    static Map<String, Object> widthSweep(SparkSession spark, String[] argv, int from) {
        WidthSweepNode node = new WidthSweepNode();
        JobArgs args = JobArgs.parse("width-sweep", argv, from, with(TABLE, "out-dir"), sweepParameters(node.parameters()));
        String dir = args.get("out-dir");
        WidthSweepNode.Settings s = node.load(args.settings());
        DataDecomposition data;
        if (args.has("data")) {
            Dataset<Row> table = read(spark, args);
            TableSpec spec = Tables.spec(table.schema());
            node.configure(s, new PortSpec[] {spec});
            data = factor(table, ColumnSelection.resolve(spec, s.get(WidthSweepNode.INPUTS),
                    s.get(WidthSweepNode.TARGETS), null),
                node.parameters()).finish();
        } else {
            node.configure(s, new PortSpec[] {null});
            data = Figure1.defaults(true).data();
        }
        WidthSweep.Result result = DistributedSweeps.widthSweep(jsc(spark), data, s.sweep());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slope", result.slope());
        json.put("slopeStandardError", result.slopeStandardError());
        json.put("expectedSlope", -(2 * s.get(WidthSweepNode.ALPHA) - 0.5));
        json.put("widths", result.settings().widths());
        json.put("meanDistanceByWidth", result.meanDistanceByWidth());
        json.put("runs", result.rows().size());
        json.put("unconvergedRuns", result.unconverged());
        json.put("csv", dir + "/width-sweep.csv");
        Outputs out = new Outputs(spark.sparkContext().hadoopConfiguration());
        out.put(dir + "/width-sweep.csv", Outputs.csv(result.rows(), WidthSweep.Row.class));
        out.commit();
        return json;
    }

    static Map<String, Object> ntkSweep(SparkSession spark, String[] argv, int from) {
        WideNetworkWidthSweepNode node = new WideNetworkWidthSweepNode();
        JobArgs args = JobArgs.parse("ntk-sweep", argv, from, with(TABLE, "test-data", "out-dir"),
            sweepParameters(node.parameters()));
        String dir = args.get("out-dir");
        WideNetworkWidthSweepNode.Settings s = node.load(args.settings());
        NtkData data;
        if (args.has("data")) {
            // each run solves an n x n kernel system on one machine: the rows come to the driver, at most the node's limit
            Table table = Tables.collect(read(spark, args), WideNetworkTrainerNode.MAX_ROWS + 1);
            Table test = args.has("test-data")
                ? Tables.collect(Tables.read(spark, args.get("test-data"), args.getOr("format", null), args.readerOptions()),
                    Integer.MAX_VALUE)
                : null;
            node.configure(s, new PortSpec[] {table.spec(), test == null ? null : test.spec()});
            data = WideNetworkWidthSweepNode.data(table, test, s, Progress.NONE);
        } else {
            node.configure(s, new PortSpec[] {null, args.has("test-data") ? TableSpec.reals(List.of()) : null});
            data = NtkData.sphere(WideNetworkWidthSweepNode.SYNTHETIC_SAMPLES, WideNetworkWidthSweepNode.SYNTHETIC_DIM,
                WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS, WideNetworkWidthSweepNode.SYNTHETIC_SEED);
        }
        NtkSweep.Result result = DistributedSweeps.ntkSweep(jsc(spark), data, s.sweep());
        NtkSweep.Fit fit = result.fit(NtkSweep.Row::relativeWeightDistance);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slope", fit.slope());
        json.put("slopeStandardError", fit.slopeStandardError());
        json.put("widths", result.settings().widths());
        json.put("meanRelativeDistanceByWidth", result.meanByWidth(NtkSweep.Row::relativeWeightDistance));
        json.put("runs", result.rows().size());
        json.put("unconvergedRuns", result.unconverged());
        json.put("n", data.samples());
        json.put("d", data.inputDim());
        json.put("csv", dir + "/ntk-sweep.csv");
        Outputs out = new Outputs(spark.sparkContext().hadoopConfiguration());
        out.put(dir + "/ntk-sweep.csv", Outputs.csv(result.rows(), NtkSweep.Row.class));
        out.commit();
        return json;
    }

    private static Dataset<Row> read(SparkSession spark, JobArgs args) {
        return Tables.read(spark, args.get("data"), args.getOr("format", null), args.readerOptions());
    }

    /** The sweep nodes' parameters without the thread count, which Spark's scheduler replaces. */
    private static List<Parameter> sweepParameters(List<Parameter> all) {
        return all.stream().filter(p -> !p.key().equals("threads")).toList();
    }

    private static String key(List<Parameter> parameters, Parameter.ColumnRole role) {
        return parameters.stream().filter(p -> p.columnRole() == role).findFirst().orElseThrow().key();
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new java.util.HashSet<>(base);
        out.addAll(List.of(more));
        return out;
    }

    private static JavaSparkContext jsc(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }
}
