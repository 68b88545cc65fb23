package org.knime.core.node;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface NodeModelWarningListener {
    void warningChanged(String warning);
}
