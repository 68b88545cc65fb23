package org.lnet.node.table;

/**
 * A host's table as the node layer sees it without copying its cells ({@link Table#view}): read in row order for
 * the columns a node streams into the engine ({@link Matrices#decompose}), copied whole on any other read.
 */
public interface TableSource {

    /** The whole table, made when a node reads it other than by {@link #read}; its spec and rows are the view's. */
    Table copy();

    /** Calls the reader once per row, in row order, with the cells of these (numeric) columns. */
    void read(int[] columns, RowReader reader);

    /** One row of a {@link #read}. */
    @FunctionalInterface
    interface RowReader {
        /**
         * @param index the row's index, from 0
         * @param values the requested cells in the requested order, NaN where missing (reused from row to row)
         * @param missing which of them are missing (reused from row to row)
         * @param id the row's id, asked for only when a message names the row
         */
        void row(int index, double[] values, boolean[] missing, java.util.function.Supplier<String> id);
    }
}
