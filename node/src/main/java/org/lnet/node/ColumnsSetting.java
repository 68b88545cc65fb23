package org.lnet.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names of columns of the table at one input port; the empty list is the automatic choice its {@link ColumnRole}
 * and description document. Read without blanks and duplicates, in order.
 */
public final class ColumnsSetting extends Setting<List<String>> {

    private final ColumnRole role;
    private final int port;

    private ColumnsSetting(String key, String label, String description, List<String> formerKeys, ColumnRole role,
                           int port) {
        super(key, label, description, formerKeys, List.of());
        this.role = Objects.requireNonNull(role);
        this.port = port;
    }

    /** Columns of the table at input {@code port} (0-based among the node's inputs). */
    public static ColumnsSetting columns(String key, String label, String description, ColumnRole role, int port) {
        return new ColumnsSetting(key, label, description, List.of(), role, port);
    }

    /** The same selection with another text, e.g. a node's own automatic choice. */
    public ColumnsSetting describedAs(String label, String description) {
        return new ColumnsSetting(key(), label, description, formerKeys(), role, port);
    }

    @Override
    public Kind kind() {
        return Kind.COLUMNS;
    }

    @Override
    public ColumnRole columnRole() {
        return role;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<String> check(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n != null && !n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** Names joined by ", ". */
    @Override
    public String format(List<String> names) {
        return String.join(", ", names);
    }

    @Override
    public String defaultText() {
        return "automatic, as described";
    }

    @Override
    List<String> get(SettingsStore store, String key) {
        String[] names = store.getStringArray(key, new String[0]);
        return names == null ? List.of() : java.util.Arrays.asList(names);
    }

    @Override
    List<String> typed(Object value) {
        if (value instanceof String[] a) {
            return java.util.Arrays.asList(a.clone());
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) value) {
            out.add(o == null ? null : o.toString());
        }
        return out;
    }

    @Override
    public Object defaultValue() {
        return new String[0];
    }

    /** Names separated by commas, blanks around them ignored; empty is the automatic choice. */
    @Override
    public Object parseText(String text) {
        List<String> names = new ArrayList<>();
        for (String n : (text == null ? "" : text.strip()).split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names.toArray(new String[0]);
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putStringArray(key(), typed(value).toArray(new String[0]));
    }
}
