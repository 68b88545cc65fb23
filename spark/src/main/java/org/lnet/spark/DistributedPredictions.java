package org.lnet.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.nodes.PredictorNode;

/**
 * The node layer's Linear Network Predictor on a distributed table: every row gets ŷ = Θ^T x, computed by the
 * engine's {@link LinearNetwork#predict} a block of rows at a time, in columns named as the node names them. The
 * network travels to the executors as its {@link NetworkCodec} bytes, the form every host stores.
 */
final class DistributedPredictions {

    /** Rows per call of predict: big enough for a matrix product, small enough for any executor. */
    static final int BLOCK = 4096;

    private DistributedPredictions() {
    }

    /** Thrown in a task at a bad cell; the driver then finds the first bad cell in table order for the message. */
    static final class BadCellSeen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCellSeen() {
            super("a missing or non-finite input cell");
        }
    }

    /**
     * The table with the prediction columns appended (lazy: nothing runs until it is written).
     *
     * @param inputs the network's input cells, resolved as the Predictor node resolves them, at the offset of the
     *               table's width (the job appends them, cast to double, after the table's own columns)
     */
    static Dataset<Row> predict(SparkSession spark, Dataset<Row> table, NetworkPortObject network, RowCells inputs) {
        List<String> names = PredictorNode.predictionNames(Tables.spec(table.schema()), network.spec());
        StructType schema = table.schema();
        for (String n : names) {
            schema = schema.add(n, DataTypes.DoubleType, false);
        }
        Broadcast<byte[]> codec = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes(network));
        int width = table.schema().size();
        List<Column> columns = new ArrayList<>(List.of(functions.col("*")));
        columns.addAll(List.of(inputs.selection()));
        JavaRDD<Row> rows = table.select(columns.toArray(Column[]::new)).javaRDD().mapPartitions(part ->
            new Predicting(part, read(codec.value()).network(), inputs, width));
        return spark.createDataFrame(rows, schema);
    }

    static byte[] bytes(NetworkPortObject network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            NetworkCodec.write(network, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static NetworkPortObject read(byte[] bytes) throws IOException {
        return NetworkCodec.read(new ByteArrayInputStream(bytes));
    }

    /** A partition's rows with their predictions, a block at a time. */
    private static final class Predicting implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final LinearNetwork network;
        private final RowCells inputs;
        private final int width;
        private final List<Row> block = new ArrayList<>(BLOCK);
        private DMatrixRMaj predictions;
        private int next;

        Predicting(Iterator<Row> rows, LinearNetwork network, RowCells inputs, int width) {
            this.rows = rows;
            this.network = network;
            this.inputs = inputs;
            this.width = width;
        }

        @Override
        public boolean hasNext() {
            if (next < block.size()) {
                return true;
            }
            block.clear();
            next = 0;
            while (block.size() < BLOCK && rows.hasNext()) {
                block.add(rows.next());
            }
            if (block.isEmpty()) {
                return false;
            }
            DMatrixRMaj x = new DMatrixRMaj(block.size(), inputs.size());
            double[] cells = new double[inputs.size()];
            for (int i = 0; i < block.size(); i++) {
                Row row = block.get(i);
                if (inputs.read(RowCells.Source.of(row::isNullAt, row::getDouble), i, cells) != null) {
                    throw new BadCellSeen();
                }
                System.arraycopy(cells, 0, x.data, i * cells.length, cells.length);
            }
            predictions = network.predict(x);
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = block.get(next);
            Object[] out = new Object[width + predictions.numCols];
            for (int c = 0; c < width; c++) {
                out[c] = row.get(c);
            }
            for (int j = 0; j < predictions.numCols; j++) {
                out[width + j] = predictions.get(next, j);
            }
            next++;
            return RowFactory.create(out);
        }
    }
}
