package org.lnet.it;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lnet.build.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A reader of KNIME's XMLConfig files (workflow.knime, settings.xml) written for the tests from KNIME's own loader,
 * independently of the project's {@code KnimeConfig}: it applies the rules of
 * <ul>
 * <li>knime-shared {@code org.knime.core.util/src/main/java/org/knime/core/node/config/base/XMLContentHandler.java}:
 * only {@code config} and {@code entry} elements; the first config is the root; an entry's type must be a
 * {@code ConfigEntries} constant; {@code isnull="true"} makes the value null; only values are unescaped;</li>
 * <li>{@code ConfigEntries.java} and the {@code Config*Entry.java} classes: the type names, {@code config} and
 * {@code xtransientstring} cannot be read as entries, and a value is parsed as the type says
 * ({@code Integer.parseInt}, {@code Long.parseLong}, {@code Double.parseDouble}, ...; null only for strings);</li>
 * <li>{@code org.knime.core.util/src/main/java/org/knime/core/util/XMLUtils.java}: {@code %%ddddd} escapes;</li>
 * <li>{@code ConfigBase.java}: a config is a map by key (a repeated key would silently replace the earlier one, so it
 * is refused here), and arrays are configs holding {@code array-size} and the entries 0..n-1;</li>
 * <li>{@code XMLContentHandler.asXML}: the root config carries the namespace
 * http://www.knime.org/2008/09/XMLConfig.</li>
 * </ul>
 * Read at tags analytics-platform/5.1.0 and at the newest commit (these files are unchanged between them but for
 * XMLConfig's stream handling). Every violation is an {@link IllegalArgumentException} naming the file and key path.
 */
final class XmlConfigReader {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    /** Entry types ConfigEntries can create; "config" and "xtransientstring" throw when read as entries. */
    private static final Set<String> ENTRY_TYPES = Set.of("xstring", "xint", "xdouble", "xfloat", "xlong", "xshort",
        "xbyte", "xchar", "xboolean", "xpassword");

    /** A typed entry; value null for isnull entries. */
    record Value(String type, String value) {
    }

    /** A config: children (Value or Cfg) by key, in file order. */
    record Cfg(String path, Map<String, Object> children) {

        Cfg config(String key) {
            Object o = children.get(key);
            if (!(o instanceof Cfg c)) {
                throw new IllegalArgumentException(path + "/" + key + " must be a config" + found(o));
            }
            return c;
        }

        boolean has(String key) {
            return children.containsKey(key);
        }

        /** The entry, which must exist and have this type (ConfigBase.getString/getInt/... test the class). */
        Value value(String key, String type) {
            Object o = children.get(key);
            if (!(o instanceof Value v) || !v.type().equals(type)) {
                throw new IllegalArgumentException(path + "/" + key + " must be an entry of type " + type + found(o));
            }
            return v;
        }

        String string(String key) {
            return value(key, "xstring").value();
        }

        int integer(String key) {
            return Integer.parseInt(value(key, "xint").value());
        }

        boolean bool(String key) {
            return Boolean.parseBoolean(value(key, "xboolean").value());
        }

        /** ConfigBase.getIntArray: a config with array-size and entries "0".."n-1" of type xint. */
        int[] ints(String key) {
            Cfg a = config(key);
            int n = a.integer("array-size");
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = a.integer(Integer.toString(i));
            }
            return out;
        }

        List<Cfg> configs() {
            List<Cfg> out = new ArrayList<>();
            children.forEach((k, o) -> out.add(config(k)));
            return out;
        }

        private static String found(Object o) {
            return o == null ? " (absent)" : o instanceof Value v ? " (found " + v.type() + ")" : " (found a config)";
        }
    }

    private XmlConfigReader() {
    }

    static Cfg read(String file, byte[] bytes) {
        Element root;
        try {
            root = SafeXml.documentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException e) {
            throw new IllegalArgumentException(file + ": " + SafeXml.reason(e), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (!"config".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException(file + ": the root must be <config> in " + NAMESPACE);
        }
        return config(file, root);
    }

    private static Cfg config(String path, Element e) {
        Map<String, Object> children = new LinkedHashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()
                || n.getNodeType() == Node.COMMENT_NODE) {
                continue;
            }
            if (!(n instanceof Element c) || !NAMESPACE.equals(c.getNamespaceURI())) {
                throw new IllegalArgumentException(path + ": unexpected content " + n.getNodeName());
            }
            if (!c.getLocalName().equals("config") && !c.getLocalName().equals("entry")) {
                throw new IllegalArgumentException(path + ": '" + c.getLocalName() + "' is not a valid tag name");
            }
            String key = c.getAttribute("key");
            if (!c.hasAttribute("key")) {
                throw new IllegalArgumentException(path + ": <" + c.getLocalName() + "> without key");
            }
            Object child = c.getLocalName().equals("config") ? config(path + "/" + key, c) : entry(path + "/" + key, c);
            if (children.put(key, child) != null) {
                throw new IllegalArgumentException(path + ": key '" + key + "' appears twice");
            }
        }
        return new Cfg(path, Collections.unmodifiableMap(children));
    }

    private static Value entry(String path, Element c) {
        String type = c.getAttribute("type");
        if (!ENTRY_TYPES.contains(type)) {
            throw new IllegalArgumentException(path + ": invalid type '" + type + "'");
        }
        if (!c.hasAttribute("value")) {
            throw new IllegalArgumentException(path + ": entry without value attribute");
        }
        boolean isNull = "true".equals(c.getAttribute("isnull"));
        String value = isNull ? null : unescape(c.getAttribute("value"));
        if (value == null && !type.equals("xstring") && !type.equals("xpassword")) {
            throw new IllegalArgumentException(path + ": a null " + type + " cannot be read");
        }
        try {
            switch (type) {
                case "xint" -> Integer.parseInt(value);
                case "xlong" -> Long.parseLong(value);
                case "xshort" -> Short.parseShort(value);
                case "xbyte" -> Byte.parseByte(value);
                case "xdouble" -> Double.parseDouble(value);
                case "xfloat" -> Float.parseFloat(value);
                case "xchar" -> {
                    if (value.length() != 1) {
                        throw new NumberFormatException("not one character");
                    }
                }
                case "xboolean" -> {
                    // Boolean.parseBoolean reads anything else as false; KNIME writes only these two
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new NumberFormatException("not true/false");
                    }
                }
                default -> {
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + ": '" + value + "' is not a valid " + type, e);
        }
        return new Value(type, value);
    }

    /** XMLUtils.unescape: "%%" and five decimal digits stand for that character. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '%' && s.charAt(i + 1) == '%'
                && s.substring(i + 2, i + 7).chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }
}
