package org.lnet.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;

/**
 * The Spark job: {@code spark-submit --class org.lnet.spark.Main lnet-spark.jar <command> [options]}. Prints one JSON
 * object on stdout; bad input is reported on stderr with the node layer's message and exit code 2.
 */
public final class Main {

    static final String USAGE = """
        usage: spark-submit --class org.lnet.spark.Main lnet-spark.jar <command> [options]
          (without a Spark installation: spark/lnet-spark <command> [options], which runs Spark in local mode)
        commands (each runs a node of the node layer on a Spark table; node settings are given by key):
          min-norm     --data TABLE [--x-columns a,b --y-columns y --rcond R] --out-theta THETA.csv
                       [--out-summary SUMMARY.json]
                       the data decomposition of [X Y], distributed, and Θ̂ = X^+ Y, rank, L*, singular values
          predict      --data TABLE (--theta THETA.csv | --network NET.bin) [--x-columns ...] --out DIR
                       [--out-format parquet|csv|...]      appends 'Prediction (<target>)' columns, distributed
          width-sweep  [--data TABLE --x-columns --y-columns] [--widths 500,1000 --seeds 5 --mode implicit|explicit
                       --alpha --lr --tol --loss --steps --seed --delta] --out-dir DIR
                       Figure 1 (Width Sweep node), one Spark task per (width, seed)
          ntk-sweep    [--data TABLE [--test-data TABLE] --x-columns --y-columns] [--widths 100,400 --seeds 3
                       --activation --init --seed --lr --steps --tol --loss] --out-dir DIR
                       the wide-network sweep (Wide Network Width Sweep node), one Spark task per (width, seed)
          bench        [--rows 1000000 --d 20 --m 1 --dir DIR]  rows/s against the single-machine path, and accuracy
        TABLE is any path Spark reads (file:, hdfs:, s3a:, ...); the format comes from the extension or --format
        (parquet, csv, orc, json, ...); --option key=value passes reader options (CSV: header and inferSchema are on).
        --master URL sets the Spark master when spark-submit does not.""";

    private Main() {
    }

    public static void main(String[] argv) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.println(USAGE);
            System.exit(argv.length == 0 ? 2 : 0);
        }
        int from = 0;
        String master = null;
        if (argv[0].equals("--master") && argv.length > 2) {
            master = argv[1];
            from = 2;
        }
        String command = argv[from];
        SparkSession.Builder builder = SparkSession.builder().appName("lnet " + command);
        if (master != null) {
            builder = builder.master(master);
        }
        int code;
        SparkSession spark = null;
        try {
            spark = builder.getOrCreate();
            System.out.println(Outputs.json(run(spark, argv, from)));
            code = 0;
        } catch (InvalidInputException e) {
            System.err.println("lnet-spark " + command + ": " + e.getMessage());
            code = 2;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
        System.exit(code);
    }

    /** The bad-input error behind a failure, also when a Spark task threw it; null for any other failure. */
    static InvalidInputException invalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException i) {
                return i;
            }
            if (t instanceof CancelledException) {
                return new InvalidInputException("job", "The job was cancelled.");
            }
        }
        return null;
    }

    /**
     * Runs a command in a Spark session and returns its JSON summary.
     *
     * @param from where the command's name is in argv
     * @throws InvalidInputException for bad input, with the node layer's message
     */
    public static Map<String, Object> run(SparkSession spark, String[] argv, int from) {
        String command = argv[from];
        long t0 = System.nanoTime();
        Map<String, Object> json;
        try {
            json = switch (command) {
                case "min-norm" -> Commands.minNorm(spark, argv, from + 1);
                case "predict" -> Commands.predict(spark, argv, from + 1);
                case "width-sweep" -> Commands.widthSweep(spark, argv, from + 1);
                case "ntk-sweep" -> Commands.ntkSweep(spark, argv, from + 1);
                case "bench" -> Benchmark.run(spark, argv, from + 1);
                default -> throw new InvalidInputException("command", "Unknown command '" + command
                    + "': use min-norm, predict, width-sweep or ntk-sweep (--help lists their options).");
            };
        } catch (Exception e) { // Spark's failures are checked exceptions thrown undeclared; a task's bad input is inside
            InvalidInputException bad = invalidInput(e);
            if (bad != null) {
                throw bad;
            }
            throw e;
        }
        Map<String, Object> out = new LinkedHashMap<>(json);
        out.put("command", command);
        out.put("wallSeconds", Double.parseDouble(String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9)));
        out.put("sparkVersion", spark.version());
        out.put("master", spark.sparkContext().master());
        return out;
    }
}
