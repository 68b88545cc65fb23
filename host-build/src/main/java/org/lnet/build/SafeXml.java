package org.lnet.build;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML parsers of the build and its tests. Every file they read (settings.xml, workflow.knime, plugin.xml, node
 * descriptions, p2 metadata) is plain XML without a DOCTYPE, so a DOCTYPE is refused outright: no DTD is loaded, no
 * entity (internal or external) is declared or expanded, and a crafted file cannot make the parser read a local file
 * or a URL. External entities and DTD loading are switched off as well, in case a parser implementation ignores the
 * DOCTYPE feature.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** setFeature of either factory (they share no interface). */
    private interface Features {
        void set(String name, boolean value) throws ParserConfigurationException, SAXException;
    }

    private SafeXml() {
    }

    private static void refuseDtds(Features f) throws ParserConfigurationException, SAXException {
        f.set(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.set(DISALLOW_DOCTYPE, true);
        f.set("http://xml.org/sax/features/external-general-entities", false);
        f.set("http://xml.org/sax/features/external-parameter-entities", false);
        f.set("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    }

    /** A namespace-aware SAX parser that refuses DOCTYPE declarations. */
    public static SAXParser saxParser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            refuseDtds(f::setFeature);
            SAXParser parser = f.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured to refuse DTDs", e);
        }
    }

    /**
     * A namespace-aware DOM builder that refuses DOCTYPE declarations and reports errors by exception only (the
     * JDK's default handler would also print them to stderr).
     */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            refuseDtds(f::setFeature);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings (e.g. an unknown schema location) do not make a document unreadable
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's DOM parser cannot be configured to refuse DTDs", e);
        }
    }

    /**
     * Why a document was not read, in words: a refused DOCTYPE is named as such (the JDK's message names only the
     * parser feature), other errors keep the parser's message; both with the line number when known.
     */
    public static String reason(SAXException e) {
        String message = String.valueOf(e.getMessage());
        String line = e instanceof SAXParseException p && p.getLineNumber() > 0 ? " (line " + p.getLineNumber() + ")"
            : "";
        if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
            return "it contains a DOCTYPE declaration" + line + "; DTDs and entity declarations are refused, so that "
                + "no external file or URL is ever read. Remove the <!DOCTYPE ...> line";
        }
        return message + line;
    }
}
