package org.lnet.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The number grammar of every host: what it accepts (compared with the value Java's own decimal parser gives the
 * same digits, an independent reading) and the Java-only or locale forms it refuses.
 */
class NumbersTest {

    @Test
    void decimalAndScientificNotationAreNumbers() {
        String[] ok = {"2", "-0.5", "+3", ".5", "3.", "1e-10", "1.5E+3", " 7 ", "0000.25", "-1E-300"};
        for (String t : ok) {
            assertTrue(Numbers.isNumber(t), t);
            assertEquals(new java.math.BigDecimal(t.strip()).doubleValue(), Numbers.parse(t), t);
        }
    }

    @Test
    void javaOnlyAndLocaleFormsAreNotNumbers() {
        String[] bad = {"1f", "2d", "2D", "1.0F", "0x10", "0x1p3", "1,5", "1_000", "1.2.3", ".", "e5", "1e", "--1",
            "+-1", "1 000", "", " ", "one", "0b101", "1e5.5", "\u0661"};
        for (String t : bad) {
            assertFalse(Numbers.isNumber(t), t);
            assertThrows(NumberFormatException.class, () -> Numbers.parse(t), t);
            assertThrows(NumberFormatException.class, () -> Numbers.parseWhole(t), t);
        }
    }

    @Test
    void nonFiniteWordsAreRecognizedSoThatHostsCanRefuseThemByName() {
        assertTrue(Double.isNaN(Numbers.parse("NaN")));
        assertTrue(Double.isNaN(Numbers.parse("nan")));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-inf"));
        assertThrows(NumberFormatException.class, () -> Numbers.parseWhole("Infinity"));
    }

    @Test
    void wholeNumbersAreExactIntegersInAnyNotationOfTheGrammar() {
        assertEquals(1_000_000_000L, Numbers.parseWhole("1e9"));
        assertEquals(1500L, Numbers.parseWhole("1.5e3"));
        assertEquals(100L, Numbers.parseWhole("100.0"));
        assertEquals(-7L, Numbers.parseWhole("-7"));
        assertEquals(0L, Numbers.parseWhole("0e5"));
        // exact: 2^53 + 1 has no double, so a route through Double.parseDouble would give 2^53
        assertEquals(9_007_199_254_740_993L, Numbers.parseWhole("9007199254740993"));
        assertEquals(9_007_199_254_740_993L, Numbers.parseWhole("9.007199254740993e15"));
        assertEquals(Long.MAX_VALUE, Numbers.parseWhole("9223372036854775807"));
        for (String t : new String[] {"1.5", "1e-3", "9223372036854775808", "1e19", "1e999999999", "1e99999999999"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numbers.parseWhole(t), t);
            assertTrue(e.getMessage().contains(t), e.getMessage());
        }
    }
}
