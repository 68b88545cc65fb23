package org.lnet.node;

import java.util.function.LongFunction;
import org.lnet.engine.InvalidInputException;

/**
 * The node layer's wording of errors, the same for every host: the engine names its matrices and parameters (X,
 * row 3, parameter 'lr'); a node's user knows tables with row ids and settings with labels. These functions reword
 * an engine error from its fields ({@link InvalidInputException#kind()}, {@link InvalidInputException#rows()},
 * {@link InvalidInputException#subject()}), never from its message text.
 */
public final class NodeErrors {
    private NodeErrors() {
    }

    /**
     * An engine error about rows of a matrix that a node read from a table, with the table's row ids: "rows 'r1'
     * and 'r4' of the input columns". Errors about the matrix without rows only take the setting as subject; other
     * errors are returned as they are.
     *
     * @param matrix  the engine's name of the matrix ("X")
     * @param rowId   the row id of the table row at a 0-based index, or null when the node made the data itself
     * @param setting the column setting the matrix comes from (the error's new subject)
     * @param columns how the message names the matrix's columns ("the input columns")
     */
    public static InvalidInputException rowsOf(InvalidInputException e, String matrix, LongFunction<String> rowId,
                                               String setting, String columns) {
        if (!e.subject().equals(matrix)) {
            return e;
        }
        if (e.kind() == InvalidInputException.Kind.ROW && rowId != null) {
            long[] rows = e.rows();
            String[] ids = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ids[i] = "'" + rowId.apply(rows[i]) + "'";
            }
            return e.locatedAs(setting, (rows.length == 1 ? "row " : "rows ") + InvalidInputException.list(ids)
                + " of " + columns);
        }
        return e.locatedAs(setting, e.where());
    }

    /**
     * An engine error about a parameter that a node setting sets, about that setting: its key becomes the subject
     * (the wording stays the engine's, which names the key as well).
     */
    public static InvalidInputException about(InvalidInputException e, Parameter setting) {
        return e.locatedAs(setting.key(), e.where());
    }
}
