package org.knime.core.data;

import java.util.Iterator;

/** Test-scope stand-in for KNIME's {@code RowIterator} (knime-core {@code org/knime/core/data/RowIterator.java}). */
public abstract class RowIterator implements Iterator<DataRow> {
    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();
}
