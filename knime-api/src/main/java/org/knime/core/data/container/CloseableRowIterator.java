package org.knime.core.data.container;

import java.io.Closeable;
import org.knime.core.data.RowIterator;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {
    @Override
    public abstract void close();
}
