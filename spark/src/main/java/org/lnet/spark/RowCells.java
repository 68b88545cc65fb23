package org.lnet.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Checked reads of some number columns of a Spark row, as the node layer checks a table's cells: a null cell is a
 * missing value, NaN and infinities are refused, each naming its column. The job selects the columns cast to double
 * (any Spark number type: double, float, integer, long, decimal), so the row holds them as doubles from
 * {@code offset} on.
 */
final class RowCells implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columns;
    private final String role;
    private final String setting;
    private final int offset;

    /** What the reads need of a row (Spark's internal and public rows both have these methods). */
    interface Source {
        boolean isNullAt(int i);

        double getDouble(int i);

        /** A row's reads, e.g. {@code Source.of(row::isNullAt, row::getDouble)}. */
        static Source of(java.util.function.IntPredicate isNull, java.util.function.IntToDoubleFunction value) {
            return new Source() {
                @Override
                public boolean isNullAt(int i) {
                    return isNull.test(i);
                }

                @Override
                public double getDouble(int i) {
                    return value.applyAsDouble(i);
                }
            };
        }
    }

    /**
     * @param columns the column names, as messages name them
     * @param role how messages name the columns ("input", "target")
     * @param setting the setting messages point to
     * @param offset the position of the first of these columns in the rows read
     */
    RowCells(List<String> columns, String role, String setting, int offset) {
        this.columns = List.copyOf(columns);
        this.role = role;
        this.setting = setting;
        this.offset = offset;
    }

    int size() {
        return columns.size();
    }

    /** The columns, cast to double, for a select that puts them at this reader's offset. */
    Column[] selection() {
        return columns.stream().map(n -> functions.col("`" + n.replace("`", "``") + "`").cast("double"))
            .toArray(Column[]::new);
    }

    /**
     * Reads the cells into {@code out}.
     *
     * @param index the row's index within its part of the table, for the message
     * @return null when every cell is a finite number, else the first bad one
     */
    BadCell read(Source row, long index, double[] out) {
        for (int j = 0; j < out.length; j++) {
            if (row.isNullAt(offset + j)) {
                return new BadCell(index, setting, role, columns.get(j), true, Double.NaN);
            }
            double v = row.getDouble(offset + j);
            if (!Double.isFinite(v)) {
                return new BadCell(index, setting, role, columns.get(j), false, v);
            }
            out[j] = v;
        }
        return null;
    }
}
