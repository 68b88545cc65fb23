package org.knime.core.node.port;

import java.util.Objects;

/**
 * Test-scope stand-in for KNIME's {@code PortType} (knime-core {@code org/knime/core/node/port/PortType.java}). As in
 * KNIME, the spec class of a port is the return type of its object class's {@code getSpec()} (found by reflection),
 * and two types are equal when object class and optionality are.
 */
public final class PortType {
    private final Class<? extends PortObject> objectClass;
    private final Class<? extends PortObjectSpec> specClass;
    private final boolean optional;
    private final String name;
    private final boolean hidden;

    PortType(Class<? extends PortObject> objectClass, boolean optional, String name, boolean hidden) {
        this.objectClass = objectClass;
        this.optional = optional;
        this.name = name != null ? name : objectClass.getSimpleName();
        this.hidden = hidden;
        try {
            this.specClass = objectClass.getMethod("getSpec").getReturnType().asSubclass(PortObjectSpec.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(objectClass + " has no getSpec()", e);
        }
    }

    public String getName() {
        return name;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return objectClass;
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return specClass;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isHidden() {
        return hidden;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortType p && p.objectClass == objectClass && p.optional == optional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectClass, optional);
    }

    @Override
    public String toString() {
        return name + (optional ? " (optional)" : "");
    }
}
