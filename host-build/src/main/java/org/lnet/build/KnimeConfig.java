package org.lnet.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A KNIME settings tree in the XMLConfig format of workflow.knime and settings.xml: nested {@code <config key>}
 * elements holding {@code <entry key type value [isnull]/>} in insertion order. Writes what KNIME's XMLConfig writes
 * (first line, namespaces, 4-space indentation, {@code %%ddddd} escapes for control characters) and reads it back.
 */
public final class KnimeConfig {

    /** One typed entry; {@code value} is null for isnull entries. */
    public record Entry(String key, String type, String value) {
    }

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.knime.org/2008/09/"
        + "XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd\"";

    private final String key;
    /** Entries and sub-configs, in order. */
    private final List<Object> items = new ArrayList<>();

    public KnimeConfig(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public String key() {
        return key;
    }

    /** Adds and returns a sub-config. */
    public KnimeConfig config(String childKey) {
        KnimeConfig c = new KnimeConfig(childKey);
        items.add(c);
        return c;
    }

    /** Adds an existing tree as a sub-config. */
    public KnimeConfig add(KnimeConfig child) {
        items.add(child);
        return this;
    }

    public KnimeConfig entry(String entryKey, String type, String value) {
        items.add(new Entry(entryKey, type, value));
        return this;
    }

    public KnimeConfig string(String entryKey, String value) {
        return entry(entryKey, "xstring", value);
    }

    public KnimeConfig bool(String entryKey, boolean value) {
        return entry(entryKey, "xboolean", Boolean.toString(value));
    }

    public KnimeConfig xint(String entryKey, int value) {
        return entry(entryKey, "xint", Integer.toString(value));
    }

    public KnimeConfig xlong(String entryKey, long value) {
        return entry(entryKey, "xlong", Long.toString(value));
    }

    public KnimeConfig xdouble(String entryKey, double value) {
        return entry(entryKey, "xdouble", Double.toString(value));
    }

    /** A string array: a sub-config with "array-size" and entries "0", "1", ... */
    public KnimeConfig strings(String entryKey, List<String> values) {
        KnimeConfig a = config(entryKey);
        a.xint("array-size", values.size());
        for (int i = 0; i < values.size(); i++) {
            a.string(Integer.toString(i), values.get(i));
        }
        return this;
    }

    /** An int array, e.g. a node's bounds. */
    public KnimeConfig ints(String entryKey, int... values) {
        KnimeConfig a = config(entryKey);
        a.xint("array-size", values.length);
        for (int i = 0; i < values.length; i++) {
            a.xint(Integer.toString(i), values[i]);
        }
        return this;
    }

    /** The entry with this key, null if absent. */
    public Entry getEntry(String entryKey) {
        for (Object o : items) {
            if (o instanceof Entry e && e.key().equals(entryKey)) {
                return e;
            }
        }
        return null;
    }

    /** The sub-config with this key, null if absent. */
    public KnimeConfig getConfig(String childKey) {
        for (Object o : items) {
            if (o instanceof KnimeConfig c && c.key.equals(childKey)) {
                return c;
            }
        }
        return null;
    }

    /** A string array written by {@link #strings}, null if absent. */
    public List<String> getStrings(String childKey) {
        KnimeConfig a = getConfig(childKey);
        if (a == null || a.getEntry("array-size") == null) {
            return null;
        }
        int n = Integer.parseInt(a.getEntry("array-size").value());
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(a.getEntry(Integer.toString(i)).value());
        }
        return out;
    }

    /** Entries and sub-configs in order. */
    public List<Object> items() {
        return List.copyOf(items);
    }

    /** The whole document, as KNIME writes it. */
    public String toXml() {
        StringBuilder b = new StringBuilder(HEADER);
        b.append("<config ").append(NAMESPACES).append(" key=\"").append(attribute(key)).append('"');
        body(b, 0);
        return b.toString();
    }

    private void body(StringBuilder b, int depth) {
        if (items.isEmpty()) {
            b.append("/>\n");
            return;
        }
        b.append(">\n");
        String indent = "    ".repeat(depth + 1);
        for (Object o : items) {
            if (o instanceof Entry e) {
                b.append(indent).append("<entry key=\"").append(attribute(e.key())).append("\" type=\"").append(e.type())
                    .append('"');
                b.append(e.value() == null ? " isnull=\"true\" value=\"\"" : " value=\"" + attribute(e.value()) + "\"");
                b.append("/>\n");
            } else {
                KnimeConfig c = (KnimeConfig) o;
                b.append(indent).append("<config key=\"").append(attribute(c.key)).append('"');
                c.body(b, depth + 1);
            }
        }
        b.append("    ".repeat(depth)).append("</config>\n");
    }

    /** KNIME's escaping: control characters, characters above 0xD7FF and "%%" become %%ddddd; then XML. */
    static String attribute(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean percentPair = c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%';
            if (c < 32 || c > 0xD7FF || percentPair) {
                b.append(String.format("%%%%%05d", (int) c));
            } else {
                b.append(c);
            }
        }
        return Xml.escape(b.toString());
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("%%", i) && i + 7 <= s.length() && s.substring(i + 2, i + 7).chars().allMatch(Character::isDigit)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 6;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Reads a document written in the XMLConfig format: only "config" and "entry" elements are allowed, every element
     * needs a key and every entry a type, and a DOCTYPE is refused (see {@link SafeXml}).
     */
    public static KnimeConfig parse(InputStream in) throws IOException {
        Deque<KnimeConfig> stack = new ArrayDeque<>();
        KnimeConfig[] root = new KnimeConfig[1];
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
                String key = a.getValue("key");
                if (!qName.equals("config") && !qName.equals("entry")) {
                    throw new SAXException("'" + qName + "' is not a valid tag name");
                }
                if (key == null) {
                    throw new SAXException("a '" + qName + "' element has no key attribute");
                }
                if (qName.equals("config")) {
                    KnimeConfig c = new KnimeConfig(unescape(key));
                    if (stack.isEmpty()) {
                        if (root[0] != null) {
                            throw new SAXException("more than one top-level config");
                        }
                        root[0] = c;
                    } else {
                        stack.peek().add(c);
                    }
                    stack.push(c);
                } else {
                    if (stack.isEmpty()) {
                        throw new SAXException("entry '" + key + "' is outside any config");
                    }
                    if (a.getValue("type") == null) {
                        throw new SAXException("entry '" + key + "' has no type attribute");
                    }
                    String value = "true".equals(a.getValue("isnull")) ? null : unescape(
                        Objects.requireNonNullElse(a.getValue("value"), ""));
                    stack.peek().entry(unescape(key), a.getValue("type"), value);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (qName.equals("config")) {
                    stack.pop();
                }
            }
        };
        try {
            SafeXml.saxParser().parse(in, handler);
        } catch (SAXException e) {
            throw new IOException("Not a KNIME settings file: " + SafeXml.reason(e), e);
        }
        return root[0];
    }
}
