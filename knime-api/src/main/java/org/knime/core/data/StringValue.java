package org.knime.core.data;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface StringValue extends DataValue {
    String getStringValue();
}
