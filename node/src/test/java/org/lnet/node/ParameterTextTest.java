package org.lnet.node;

import org.lnet.node.nodes.Nodes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.engine.InvalidInputException;

/** Settings written as text (hosts with text fields, e.g. Weka's bean properties) read back as the typed values. */
class ParameterTextTest {

    static Stream<LinearNetworkNode<?>> nodes() {
        return Nodes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void defaultsAsTextLoadAsTheDefaults(LinearNetworkNode<?> node) {
        MapSettingsStore store = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            p.writeText(store, p.defaultAsText());
        }
        assertEquals(node.defaults(), node.load(store));
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void everyValueSurvivesTextAndBack(LinearNetworkNode<?> node) {
        MapSettingsStore typed = SettingsRoundTripTest.nonDefaults(node);
        MapSettingsStore viaText = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            p.writeText(viaText, p.toText(typed.raw(p.key())));
        }
        assertEquals(typed, viaText);
        assertEquals(node.load(typed), node.load(viaText));
    }

    private static final Parameter REAL = Parameter.real("tol", "Stop tolerance", "A tolerance for the test.", 1e-10)
        .atLeast(0);
    private static final Parameter WHOLE = Parameter.whole("seed", "Random seed", "A seed for the test.", 1);
    private static final Parameter FLAG = Parameter.flag("invariantSet", "Invariant set", "A flag for the test.", false);
    private static final Parameter COLUMNS = Parameter.columns("inputColumns", "Input columns (X)", "Columns for the "
        + "test.", Parameter.ColumnRole.INPUTS, 0);

    @Test
    void numbersAreWrittenInTheirShortestExactForm() {
        assertEquals("1e-10", REAL.defaultAsText());
        assertEquals("0.01", REAL.toText(0.01));
        assertEquals("2", REAL.toText(2.0));
        assertEquals("-0.25", REAL.toText(-0.25));
        assertEquals("1e20", REAL.toText(1e20));
        assertEquals("1.5e-7", REAL.toText(1.5e-7));
        assertEquals(1.5e-7, REAL.parseText("1.5e-7"));
        assertEquals(-0.25, REAL.parseText(" -0.25 "));
        assertEquals(1e20, REAL.parseText("1E+20"));
        assertEquals(-7L, WHOLE.parseText("-7"));
        assertEquals("-7", WHOLE.toText(-7L));
        assertEquals(Long.MAX_VALUE, WHOLE.parseText(Long.toString(Long.MAX_VALUE)), "no truncation to int");
        assertEquals(true, FLAG.parseText("TRUE"));
    }

    @Test
    void columnsAreCommaSeparatedNames() {
        assertArrayEquals(new String[] {"x 1", "x2"}, (String[]) COLUMNS.parseText(" x 1 , x2,, "));
        assertArrayEquals(new String[0], (String[]) COLUMNS.parseText(""));
        assertEquals("x 1, x2", COLUMNS.toText(List.of("x 1", "x2")));
        MapSettingsStore s = new MapSettingsStore();
        COLUMNS.writeText(s, "b, a, b");
        assertEquals(List.of("b", "a"), COLUMNS.readColumns(s), "duplicates dropped as for any selection");
    }

    @Test
    void textOfTheWrongKindIsRefusedNamingTheSetting() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> REAL.parseText("1e-1O"));
        assertEquals("Setting 'Stop tolerance' (tol) must be a number such as 0.5 or 1e-10, not '1e-1O'.",
            e.getMessage());
        assertEquals("tol", e.subject());
        for (String bad : new String[] {"", "0x10", "1d", "2f", "0x1p3", "1,5", "1.2.3", ".", "e5", "one"}) {
            assertThrows(InvalidInputException.class, () -> REAL.parseText(bad), bad);
        }
        e = assertThrows(InvalidInputException.class, () -> WHOLE.parseText("1.5"));
        assertEquals("Setting 'Random seed' (seed) must be a whole number such as 42 or 1e6, not '1.5'.", e.getMessage());
        assertEquals(1_000_000_000L, WHOLE.parseText("1e9"), "whole numbers in scientific notation, as the CLI takes them");
        assertThrows(InvalidInputException.class, () -> WHOLE.parseText("1e19"));
        e = assertThrows(InvalidInputException.class, () -> FLAG.parseText("yes"));
        assertTrue(e.getMessage().contains("(invariantSet) must be true or false, not 'yes'"), e.getMessage());
    }

    @Test
    void rangesAreCheckedWhenTheValueIsRead() {
        MapSettingsStore s = new MapSettingsStore();
        REAL.writeText(s, "-1e-3");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> REAL.readDouble(s));
        assertEquals("Setting 'Stop tolerance' (tol) must be at least 0, not -0.001.", e.getMessage());
        REAL.writeText(s, "NaN");
        assertThrows(InvalidInputException.class, () -> REAL.readDouble(s));
    }
}
