package org.knime.core.node.port;

/** Shim of KNIME's class: compile-time signatures only. */
public final class PortType {
    private PortType() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public String getName() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public Class<? extends PortObject> getPortObjectClass() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public boolean isOptional() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
