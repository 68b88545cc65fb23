package org.lnet.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;

/** One Spark session in local mode with two worker threads, shared by the test classes of a test run. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            try {
                Path warehouse = Files.createTempDirectory("lnet-spark-warehouse");
                session = SparkSession.builder().master("local[2]").appName("lnet-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.warehouse.dir", warehouse.toString())
                    .getOrCreate();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** Spark rows as a node-layer table with the node layer's types and default row ids Row0, Row1, ... */
    static Table nodeTable(StructType schema, List<Row> rows) {
        TableBuilder b = Table.builder(Tables.spec(schema), rows.size());
        for (Row r : rows) {
            Object[] cells = new Object[r.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = r.get(c);
            }
            b.addCells(cells);
        }
        return b.build();
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }
}
