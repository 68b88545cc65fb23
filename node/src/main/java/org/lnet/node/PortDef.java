package org.lnet.node;

/**
 * One input or output port of a node, documented.
 *
 * @param name short name shown at the port
 * @param description what flows through it
 * @param kind table or network
 * @param optional whether an input may stay unconnected
 * @param appendsTo for an output table: the input port whose table it extends by its columns (the host shows
 *     input columns followed by these), -1 for a standalone table
 */
public record PortDef(String name, String description, Kind kind, boolean optional, int appendsTo) {

    /** What a port carries. */
    public enum Kind { TABLE, NETWORK }

    public static PortDef table(String name, String description) {
        return new PortDef(name, description, Kind.TABLE, false, -1);
    }

    public static PortDef optionalTable(String name, String description) {
        return new PortDef(name, description, Kind.TABLE, true, -1);
    }

    public static PortDef network(String name, String description) {
        return new PortDef(name, description, Kind.NETWORK, false, -1);
    }

    public static PortDef optionalNetwork(String name, String description) {
        return new PortDef(name, description, Kind.NETWORK, true, -1);
    }

    /** An output table made of new columns appended to the table at input {@code port}. */
    public static PortDef appendedTable(String name, String description, int port) {
        return new PortDef(name, description, Kind.TABLE, false, port);
    }
}
