package org.lnet.node;

import java.util.Arrays;
import java.util.List;
import org.lnet.engine.Choice;

/**
 * One of the constants of an enum, chosen by the word each constant carries ({@link Choice#key()}); its
 * documentation is the setting's own text followed by every word with its meaning. Stored as the word, so saved
 * settings stay readable text; read case-insensitively (also the constants' {@link Choice#aliases()}).
 *
 * @param <E> the enum, usually the engine's own (LossConvention, TrainingOptions.Method, Activation, ...)
 */
public final class ChoiceSetting<E extends Enum<E> & Choice> extends Setting<E> {

    private final Class<E> type;
    private final String lead;
    private final List<E> order;

    private ChoiceSetting(String key, String label, String lead, List<String> formerKeys, Class<E> type,
                          E defaultValue, List<E> order) {
        super(key, label, describe(lead, order), formerKeys, defaultValue);
        this.type = type;
        this.lead = lead;
        this.order = List.copyOf(order);
    }

    /**
     * @param lead what the choice is about in this node, or empty; the words and their meanings follow it
     */
    public static <E extends Enum<E> & Choice> ChoiceSetting<E> choice(String key, String label, String lead,
                                                                      Class<E> type, E defaultValue) {
        return new ChoiceSetting<>(key, label, lead, List.of(), type, defaultValue,
            Arrays.asList(type.getEnumConstants()));
    }

    /** The same choice offered in another order (dialogs, documentation); every constant once. */
    @SafeVarargs
    public final ChoiceSetting<E> ordered(E... constants) {
        if (constants.length != type.getEnumConstants().length
            || java.util.Set.of(constants).size() != constants.length) {
            throw new IllegalArgumentException("order every constant of " + type.getSimpleName() + " once");
        }
        return new ChoiceSetting<>(key(), label(), lead, formerKeys(), type, defaultTyped(), List.of(constants));
    }

    /** Also read from these keys of older versions ({@link #formerKeys()}). */
    public ChoiceSetting<E> formerly(String... keys) {
        return new ChoiceSetting<>(key(), label(), lead, List.of(keys), type, defaultTyped(), order);
    }

    private static <E extends Enum<E> & Choice> String describe(String lead, List<E> order) {
        StringBuilder b = new StringBuilder();
        for (E e : order) {
            b.append(b.length() == 0 ? "" : "; ").append(e.key()).append(": ").append(e.description());
        }
        return b + "." + (lead.isEmpty() ? "" : " " + lead);
    }

    /** The enum the choice is among. */
    public Class<E> type() {
        return type;
    }

    @Override
    public Kind kind() {
        return Kind.CHOICE;
    }

    @Override
    public List<String> choices() {
        return order.stream().map(Choice::key).toList();
    }

    @Override
    public String rangeText() {
        return String.join(" | ", choices());
    }

    @Override
    public E check(E v) {
        return v;
    }

    @Override
    public String format(E v) {
        return v.key();
    }

    @Override
    E get(SettingsStore store, String key) {
        return typed(store.getString(key, defaultTyped().key()));
    }

    /** A constant, or a word (any case, aliases too); an unknown word is refused naming the setting. */
    @Override
    E typed(Object value) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String word = value == null ? "" : value.toString().strip();
        for (E e : type.getEnumConstants()) {
            if (e.key().equalsIgnoreCase(word) || e.aliases().stream().anyMatch(word::equalsIgnoreCase)) {
                return e;
            }
        }
        throw invalid("must be one of " + String.join(", ", choices()) + ", not '" + value + "'");
    }

    @Override
    public Object defaultValue() {
        return defaultTyped().key();
    }

    /** The text as it is; the word is checked when read. */
    @Override
    public Object parseText(String text) {
        return text == null ? "" : text;
    }

    /** Stores the word of a constant, or a word as given (checked when read). */
    @Override
    public void write(SettingsStore store, Object value) {
        store.putString(key(), type.isInstance(value) ? type.cast(value).key() : String.valueOf(value));
    }

    @Override
    public String toString() {
        return key() + " (" + kind() + " of " + type.getSimpleName() + ")";
    }
}
