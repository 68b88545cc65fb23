package org.lnet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnimeConfigTest {

    private static KnimeConfig roundTrip(KnimeConfig c) throws IOException {
        return KnimeConfig.parse(new ByteArrayInputStream(c.toXml().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesKnimesLayout() {
        KnimeConfig c = new KnimeConfig("settings.xml");
        c.string("a", "x").config("empty");
        c.config("sub").xint("n", 3).entry("nothing", "xstring", null);
        String xml = c.toXml();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config xmlns=\"http://www.knime.org/"
            + "2008/09/XMLConfig\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://"
            + "www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd\" key=\"settings.xml\">\n"),
            xml);
        assertTrue(xml.contains("    <entry key=\"a\" type=\"xstring\" value=\"x\"/>\n    <config key=\"empty\"/>\n"));
        assertTrue(xml.contains("        <entry key=\"nothing\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"));
        assertTrue(xml.endsWith("    </config>\n</config>\n"));
    }

    @Test
    void escapesControlCharactersAndPercentPairsAsKnimeDoes() {
        // newline and NUL as KNIME writes them (the CSV Reader's row delimiter and thousands separator)
        assertEquals("%%00010", KnimeConfig.attribute("\n"));
        assertEquals("%%00000", KnimeConfig.attribute("\0"));
        assertEquals("%%00037%", KnimeConfig.attribute("%%"));
        assertEquals("&quot;&lt;&amp;", KnimeConfig.attribute("\"<&"));
        assertEquals("a\nb%%c", KnimeConfig.unescape("a%%00010b%%00037%c"));
    }

    @Test
    void roundTripsValuesTypesAndArrays() throws IOException {
        KnimeConfig c = new KnimeConfig("model");
        c.xdouble("d", 1e-10).xlong("l", Long.MAX_VALUE).bool("b", true).string("s", "tab\there \"q\" Θ̂")
            .strings("names", List.of("x1", "y, z")).entry("null", "xstring", null);
        KnimeConfig back = roundTrip(c);
        assertEquals(new KnimeConfig.Entry("d", "xdouble", "1.0E-10"), back.getEntry("d"));
        assertEquals(Long.toString(Long.MAX_VALUE), back.getEntry("l").value());
        assertEquals("tab\there \"q\" Θ̂", back.getEntry("s").value());
        assertEquals(List.of("x1", "y, z"), back.getStrings("names"));
        assertNull(back.getEntry("null").value());
        assertEquals(c.toXml(), back.toXml());
    }

    @Test
    void refusesTagsKnimeWouldRefuse() {
        byte[] bad = "<config key=\"k\"><value/></config>".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> KnimeConfig.parse(new ByteArrayInputStream(bad)));
        assertTrue(e.getMessage().contains("not a valid tag name"), e.getMessage());
    }

    @Test
    void refusesEntriesWithoutConfigKeyOrTypeNamingTheCulprit() {
        String[][] cases = {
            {"<entry key=\"a\" type=\"xint\" value=\"1\"/>", "entry 'a' is outside any config"},
            {"<config key=\"k\"><entry type=\"xint\" value=\"1\"/></config>", "a 'entry' element has no key"},
            {"<config key=\"k\"><entry key=\"a\" value=\"1\"/></config>", "entry 'a' has no type attribute"},
            {"<config><entry key=\"a\" type=\"xint\" value=\"1\"/></config>", "a 'config' element has no key"},
        };
        for (String[] c : cases) {
            byte[] bad = c[0].getBytes(StandardCharsets.UTF_8);
            IOException e = assertThrows(IOException.class, () -> KnimeConfig.parse(new ByteArrayInputStream(bad)));
            assertTrue(e.getMessage().startsWith("Not a KNIME settings file: " + c[1]), e.getMessage());
        }
    }
}
