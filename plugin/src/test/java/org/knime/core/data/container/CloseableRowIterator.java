package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Iterator;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/**
 * Test-scope stand-in for KNIME's {@code CloseableRowIterator} (knime-core
 * {@code org/knime/core/data/container/CloseableRowIterator.java}).
 */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {
    @Override
    public abstract void close();

    /** Test-only: the rows of {@code rows}; {@code onClose} runs at the first close. */
    public static CloseableRowIterator over(Iterator<DataRow> rows, Runnable onClose) {
        return new CloseableRowIterator() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public DataRow next() {
                return rows.next();
            }

            @Override
            public void close() {
                if (open) {
                    open = false;
                    onClose.run();
                }
            }
        };
    }
}
