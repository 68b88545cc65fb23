package org.knime.core.internal;

/** Shim of KNIME's class: compile-time signatures only. */
@Deprecated
public final class SerializerMethodLoader {
    private SerializerMethodLoader() {
    }

    /** @param <T> the type of serializer */
    public static interface Serializer<T> {
    }
}
