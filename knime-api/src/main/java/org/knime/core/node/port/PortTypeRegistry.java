package org.knime.core.node.port;

/** Shim of KNIME's class: compile-time signatures only. */
public final class PortTypeRegistry {
    private PortTypeRegistry() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
