package org.lnet.engine;

/**
 * A constant of an enum that users choose by a word (a loss convention, a training method, an activation): the
 * word they type in every host and what it means. The node layer's choice settings, the command line and the
 * documentation read both from here, so a choice is spelled and explained once, on the enum the engine computes
 * with.
 */
public interface Choice {

    /** The lower-case word a user types and settings store ("sum", "flow", "relu"). */
    String key();

    /** What choosing it means, one phrase without a final period (e.g. "L = 1/2 ||Y - Ŷ||_F^2"). */
    String description();

    /** Other words accepted for it when read (older spellings); empty by default. */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }

    /**
     * The constant of {@code type} whose word or alias is {@code text} (any case, blanks ignored).
     *
     * @param name the parameter's name, for the message
     * @throws InvalidInputException naming the parameter and listing the words when none matches
     */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String name, String text) {
        String t = text == null ? "" : text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.key().equalsIgnoreCase(t) || e.aliases().stream().anyMatch(t::equalsIgnoreCase)) {
                return e;
            }
        }
        throw InvalidInputException.setting(name, "must be " + words(type) + ", not '" + text + "'", "");
    }

    /** The words of a choice with their meanings: "'sum' (L = ...) or 'mean' (L = ...)". */
    static <E extends Enum<E> & Choice> String words(Class<E> type) {
        E[] all = type.getEnumConstants();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ");
            b.append('\'').append(all[i].key()).append("' (").append(all[i].description()).append(')');
        }
        return b.toString();
    }
}
