package org.knime.core.data.container;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface RowFlushable {
    void flushRows();
}
