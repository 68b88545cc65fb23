package org.lnet.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checked values of a node's declared settings, typed: {@code double lr = values.get(LR)}. Loaded from a
 * {@link SettingsStore} by {@link #load} (defaults for absent keys, former keys for renamed ones, every value
 * checked), saved back by {@link #save}; nothing in a node lists its settings a second time. Immutable; two
 * values sets are equal when they are of the same class and hold equal values.
 *
 * <p>Nodes whose settings need more than single-setting checks, or that turn them into engine objects, extend
 * this class ({@code Node.Settings}) and check the rules between settings in their constructor.
 */
public class Values implements LinearNetworkNode.Settings {

    private final Map<Setting<?>, Object> values;

    private Values(Map<Setting<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The same values, for a node's subclass. */
    protected Values(Values other) {
        this.values = other.values;
    }

    /**
     * Reads every declared setting from the store.
     *
     * @throws org.lnet.engine.InvalidInputException naming the first setting whose value is not admissible
     */
    public static Values load(List<Parameter> declared, SettingsStore store) {
        Map<Setting<?>, Object> v = new LinkedHashMap<>();
        for (Parameter p : declared) {
            Setting<?> s = (Setting<?>) p;
            if (v.containsKey(s)) {
                throw new IllegalArgumentException("setting " + s.key() + " is declared twice");
            }
            v.put(s, s.read(store));
        }
        return new Values(v);
    }

    /** The declared settings, in order. */
    public List<Setting<?>> settings() {
        return new ArrayList<>(values.keySet());
    }

    /** The value of a declared setting. */
    public <T> T get(Setting<T> setting) {
        if (!values.containsKey(setting)) {
            throw new IllegalArgumentException(setting.key() + " is not among the settings " + keys());
        }
        Object v = values.get(setting);
        @SuppressWarnings("unchecked")
        T t = (T) (v instanceof long[] a ? a.clone() : v);
        return t;
    }

    /**
     * The same values with one changed, checked like a loaded value. The result is plain {@link Values}: a node
     * makes its own settings of it with {@link LinearNetworkNode#settings}.
     */
    public <T> Values with(Setting<T> setting, T value) {
        get(setting);
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting, setting.check(value));
        return new Values(copy);
    }

    /** Writes every value under its setting's key. */
    @Override
    public void save(SettingsStore store) {
        values.forEach((s, v) -> s.write(store, v));
    }

    private List<String> keys() {
        return values.keySet().stream().map(Parameter::key).toList();
    }

    @Override
    public boolean equals(Object o) {
        if (o == null || o.getClass() != getClass() || !values.keySet().equals(((Values) o).values.keySet())) {
            return false;
        }
        Map<Setting<?>, Object> other = ((Values) o).values;
        return values.entrySet().stream().allMatch(e -> Objects.deepEquals(e.getValue(), other.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<Setting<?>, Object> e : values.entrySet()) {
            Object v = e.getValue();
            h += e.getKey().hashCode() ^ (v instanceof long[] a ? Arrays.hashCode(a) : Objects.hashCode(v));
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((s, v) -> b.append(b.length() > 1 ? ", " : "").append(s.key()).append('=')
            .append(s.toText(v)));
        return b.append('}').toString();
    }
}
