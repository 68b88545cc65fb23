package org.lnet.node.table;

/** The cell types of the neutral table. Hosts map their numeric column types to DOUBLE (or LONG) and anything
 * else to STRING, so "non-numeric column" errors can name the column. */
public enum ColumnType {
    DOUBLE, LONG, BOOLEAN, STRING;

    /** Whether a column of this type can be an input or target of a regression. */
    public boolean isNumeric() {
        return this == DOUBLE || this == LONG;
    }

    /** How a message names the type. */
    public String description() {
        return switch (this) {
            case DOUBLE -> "number";
            case LONG -> "whole-number";
            case BOOLEAN -> "true/false";
            case STRING -> "text";
        };
    }
}
