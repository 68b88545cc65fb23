package org.knime.core.data.container;

import java.io.Closeable;
import org.knime.core.data.RowIterator;

/**
 * Test-scope stand-in for KNIME's {@code CloseableRowIterator} (knime-core
 * {@code org/knime/core/data/container/CloseableRowIterator.java}).
 */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {
    @Override
    public abstract void close();
}
