package org.lnet.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/** Spark tables as the node layer sees them: reading any Spark source, and Spark's column types as the node's. */
final class Tables {
    private Tables() {
    }

    /**
     * A table from any Spark data source.
     *
     * @param format a Spark source name (parquet, csv, orc, json, ...), or null to take it from the path's extension
     * @param options reader options; CSV gets header=true and inferSchema=true unless they are given
     */
    static Dataset<Row> read(SparkSession spark, String path, String format, Map<String, String> options) {
        String f = format != null ? format : formatOf(path);
        var reader = spark.read().format(f);
        if (f.equals("csv")) {
            reader = reader.option("header", "true").option("inferSchema", "true");
        }
        try {
            return reader.options(options).load(path);
        } catch (Exception e) { // Spark's AnalysisException is checked and thrown undeclared
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new InvalidInputException("data", "Cannot read the table '" + path + "' as " + f + ": " + why
                + " Check the path and --format.");
        }
    }

    private static String formatOf(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", "");
        for (String f : new String[] {"parquet", "csv", "orc", "json", "avro"}) {
            if (p.endsWith("." + f)) {
                return f;
            }
        }
        if (p.endsWith(".txt") || p.endsWith(".tsv")) {
            return "csv";
        }
        throw new InvalidInputException("format", "Cannot tell the format of '" + path + "' from its name: give "
            + "--format parquet, csv, orc, json or another Spark data source.");
    }

    /**
     * The node layer's spec of a Spark schema: floating-point and decimal columns are number columns, integral ones
     * whole-number columns, booleans true/false, anything else text (so the node layer's "not a number column"
     * message names it).
     */
    static TableSpec spec(StructType schema) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (StructField f : schema.fields()) {
            columns.add(new ColumnSpec(f.name(), type(f.dataType())));
        }
        return new TableSpec(columns);
    }

    private static ColumnType type(DataType t) {
        if (t instanceof DoubleType || t instanceof FloatType || t instanceof DecimalType) {
            return ColumnType.DOUBLE;
        }
        if (t instanceof LongType || t instanceof IntegerType || t instanceof ShortType || t instanceof ByteType) {
            return ColumnType.LONG;
        }
        return t instanceof BooleanType ? ColumnType.BOOLEAN : ColumnType.STRING;
    }

    /**
     * A small table collected to the driver as a node-layer table, for the computations that need all rows in one
     * place (the wide-network sweep): at most {@code limit} rows are fetched, so a host can refuse a larger table.
     */
    static Table collect(Dataset<Row> table, int limit) {
        TableSpec spec = spec(table.schema());
        List<Row> rows = table.limit(limit).collectAsList();
        TableBuilder b = Table.builder(spec, rows.size());
        Object[] cells = new Object[spec.size()];
        for (Row r : rows) {
            for (int c = 0; c < cells.length; c++) {
                Object v = r.isNullAt(c) ? null : r.get(c);
                cells[c] = switch (spec.column(c).type()) {
                    case DOUBLE -> v == null ? null : ((Number) v).doubleValue();
                    case LONG -> v == null ? null : ((Number) v).longValue();
                    case BOOLEAN -> v;
                    case STRING -> v == null ? null : v.toString();
                };
            }
            b.addCells(cells);
        }
        return b.build();
    }
}
