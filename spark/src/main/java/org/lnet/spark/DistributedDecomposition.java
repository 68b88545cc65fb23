package org.lnet.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.lnet.engine.data.DataAccumulator;
import org.lnet.engine.data.DataDecomposition;
import scala.Tuple2;

/**
 * The data decomposition of a distributed table: each partition streams its rows into the engine's
 * {@link DataAccumulator} (a blocked Householder QR of [X | Y], the single-machine path's own code), the
 * partitions' (D + m) x (D + m) factors are merged in a tree, in partition order, and the driver finishes the engine's
 * decomposition from the last factor: rank with the rcond rule, L*, Θ̂ and the singular values come from the code the
 * node layer and the command line use. Because the merge order is fixed, a table read the same way gives the same
 * bits on every run.
 *
 * <p>Cells are checked as the node layer checks them; the first bad cell in table order is reported with the node
 * layer's message, its row named Row0, Row1, ... in the order Spark reads the table.
 */
final class DistributedDecomposition {

    /** Factors merged per tree node: at most this many reach the driver, each (D + m)^2 numbers. */
    static final int FAN_IN = 16;

    private DistributedDecomposition() {
    }

    /**
     * A run of consecutive partitions starting at {@code first}: how many rows it has and either their factor or the
     * first bad cell (then the rows after it are not counted and the factor is dropped).
     */
    static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;
        final int first;
        long rows;
        DataAccumulator factor;
        BadCell bad;

        Part(int first) {
            this.first = first;
        }
    }

    /**
     * The factor of the selected columns of a table.
     *
     * @param inputs X's cells (their columns and messages), at offset 0
     * @param targets Y's cells, at offset D
     * @throws org.lnet.engine.InvalidInputException with the node layer's message for the first bad cell
     */
    static DataAccumulator factor(Dataset<Row> table, RowCells inputs, RowCells targets) {
        Part whole = merge(numbers(table, inputs, targets).mapPartitionsWithIndex((index, rows) ->
            List.of(scan(index, rows, inputs, targets, true)).iterator(), false));
        if (whole == null) {
            return new DataAccumulator(inputs.size(), targets.size());
        }
        if (whole.bad != null) {
            throw whole.bad.error();
        }
        return whole.factor;
    }

    /**
     * The first bad cell of these columns in table order, or null when every cell is a finite number.
     *
     * @param targets Y's cells, or null to check the inputs only
     */
    static BadCell firstBadCell(Dataset<Row> table, RowCells inputs, RowCells targets) {
        Part whole = merge(numbers(table, inputs, targets).mapPartitionsWithIndex((index, rows) ->
            List.of(scan(index, rows, inputs, targets, false)).iterator(), false));
        return whole == null ? null : whole.bad;
    }

    /**
     * The cells as doubles in Spark's internal rows: no conversion of each row to a public Row object, which costs
     * more than the QR on narrow tables.
     */
    private static JavaRDD<InternalRow> numbers(Dataset<Row> table, RowCells inputs, RowCells targets) {
        List<Column> columns = new ArrayList<>(List.of(inputs.selection()));
        if (targets != null) {
            columns.addAll(List.of(targets.selection()));
        }
        return table.select(columns.toArray(Column[]::new)).queryExecution().toRdd().toJavaRDD();
    }

    private static Part scan(int index, Iterator<InternalRow> rows, RowCells inputs, RowCells targets, boolean accumulate) {
        Part part = new Part(index);
        double[] x = new double[inputs.size()];
        double[] y = new double[targets == null ? 0 : targets.size()];
        DataAccumulator factor = accumulate ? new DataAccumulator(x.length, y.length) : null;
        while (rows.hasNext()) {
            InternalRow row = rows.next();
            RowCells.Source cells = RowCells.Source.of(row::isNullAt, row::getDouble);
            BadCell bad = inputs.read(cells, part.rows, x);
            if (bad == null && targets != null) {
                bad = targets.read(cells, part.rows, y);
            }
            if (bad != null) {
                part.bad = bad;
                return part;
            }
            if (factor != null) {
                factor.add(x, y);
            }
            part.rows++;
        }
        part.factor = factor == null ? null : factor.compact();
        return part;
    }

    /** Merges the parts level by level, FAN_IN consecutive parts at a time, the last level on the driver. */
    private static Part merge(JavaRDD<Part> parts) {
        JavaRDD<Part> level = parts;
        long span = 1;
        int count = level.getNumPartitions();
        while (count > FAN_IN) {
            long group = span * FAN_IN;
            count = (count + FAN_IN - 1) / FAN_IN;
            level = level.mapToPair(p -> new Tuple2<>(p.first / group, p)).groupByKey(count)
                .map(t -> mergeInOrder(t._2()));
            span = group;
        }
        return mergeInOrder(level.collect());
    }

    /**
     * Parts of consecutive partitions, in any order, as one part: sorted by their first partition, then stacked. Null
     * for no parts (a table without partitions).
     */
    private static Part mergeInOrder(Iterable<Part> parts) {
        List<Part> sorted = new ArrayList<>();
        parts.forEach(sorted::add);
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.comparingInt(p -> p.first));
        Part out = sorted.get(0);
        for (Part next : sorted.subList(1, sorted.size())) {
            if (out.bad != null) {
                break;
            }
            if (next.bad != null) {
                out.bad = next.bad.after(out.rows);
                out.factor = null;
                break;
            }
            if (out.factor != null) {
                out.factor.merge(next.factor);
            }
            out.rows += next.rows;
        }
        if (out.factor != null) {
            out.factor.compact();
        }
        return out;
    }
}
