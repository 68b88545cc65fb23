package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.lnet.engine.network.Initializers;
import org.lnet.it.reliability.Case.Host;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.weka.NetworkPayload;

/**
 * Issue #13's input rows: the command line reads CSV cells and options in the one number grammar, is told what a
 * first line is, refuses stray words, names the encoding, and refuses impossible sizes before work; stored networks
 * (the node layer's codec, which KNIME uses, and Weka's serialized payload) are refused as corrupt, with bounded
 * memory, when their bytes are cut or forged. (Settings written in a wrong number form are rows of the first
 * section, run on every host.)
 */
final class InputRows {

    static final String INPUT = "Strict input and sizes (command line)";
    static final String HARDENING = "Hardening: stored networks";

    private InputRows() {
    }

    static Stream<DynamicNode> tests(MatrixDoc doc, Path tmp) {
        doc.section(INPUT, "Files and options only the command line reads (the other hosts get typed tables and "
            + "settings from KNIME and Weka). Every refusal exits with 2 before any output is written.");
        doc.section(HARDENING, "Bytes of a stored network that were cut short or forged. The node layer's "
            + "`NetworkCodec` (which the KNIME port object uses to store networks) and Weka's `NetworkPayload` (how "
            + "KnowledgeFlow copies a network by Java serialization) must refuse them with a corrupt-data error and "
            + "allocate no more than the bytes present: memory is measured with the thread's allocation counter.");
        return Stream.of(
            cli(doc, tmp, "cell 1f", "Java-only number forms in CSV cells (`1f`, `2d`, `0x1p3`)", InputRows::cells),
            cli(doc, tmp, "pandas header", "a first line `0,1,2` (pandas' column numbers), with `--header` auto, yes, "
                + "no", InputRows::pandasHeader),
            cli(doc, tmp, "stray words", "`-rcond 0.5`, an extra word, `--out --rcond`", InputRows::stray),
            cli(doc, tmp, "UTF-16", "X.csv saved as UTF-16, and a byte UTF-8 does not allow", InputRows::encoding),
            cli(doc, tmp, "sizes", "`fig1 --d 1000000000`, `fig1 --widths 100`, a CSV of 20000 columns (solved) as X and as Y",
                InputRows::sizes),
            cli(doc, tmp, "out of memory", "`init` of a 2000 x 10000 U (153 MiB) in a 32 MiB heap (child JVM)",
                InputRows::outOfMemory),
            hardening(doc));
    }

    private static DynamicNode cli(MatrixDoc doc, Path tmp, String id, String description, OutputRows.Scenario s) {
        doc.declare(INPUT, id, description);
        return dynamicTest(id, () -> {
            Path dir = Files.createDirectories(tmp.resolve("input-" + Integer.toHexString(id.hashCode())));
            Files.writeString(dir.resolve("Y.csv"), "y\n1\n2\n3\n4\n");
            doc.cell(INPUT, id, Host.NODE, "n/a: tables and settings are typed");
            doc.cell(INPUT, id, Host.CLI, s.run(dir));
            doc.cell(INPUT, id, Host.KNIME, "n/a: KNIME reads files into typed tables");
            doc.cell(INPUT, id, Host.WEKA, "n/a: Weka's loaders read files");
        });
    }

    private static CliRun minNorm(Path dir, String x, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("min-norm", "--x", dir.resolve(x).toString(), "--y",
            dir.resolve("Y.csv").toString(), "--out", dir.resolve("theta.csv").toString()));
        args.addAll(List.of(more));
        return CliRun.in(dir, args.toArray(new String[0]));
    }

    private static String refused(CliRun r, String words) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.message().contains(words), "'" + words + "' in: " + r.message());
        return r.message();
    }

    private static String cells(Path dir) throws Exception {
        String first = null;
        for (String bad : new String[] {"1f", "2d", "0x1p3"}) {
            Files.writeString(dir.resolve("X.csv"), "a,b\n1,0\n0," + bad + "\n1,1\n2,1\n");
            String m = refused(minNorm(dir, "X.csv"), "line 3 column 2 ('b') holds '" + bad + "', which is not a number");
            first = first == null ? m : first;
        }
        assertTrue(!Files.exists(dir.resolve("theta.csv")));
        return "error [min-norm]: " + MatrixDoc.shorten(first);
    }

    private static String pandasHeader(Path dir) throws Exception {
        Files.writeString(dir.resolve("X.csv"), "0,1\n1,0\n0,1\n1,1\n2,1\n");
        Files.writeString(dir.resolve("named.csv"), "a,b\n1,0\n0,1\n1,1\n2,1\n");
        String m = refused(minNorm(dir, "X.csv"), "--header yes");
        assertEquals(0, minNorm(dir, "named.csv").code());
        String named = Files.readString(dir.resolve("theta.csv"));
        CliRun yes = minNorm(dir, "X.csv", "--header", "yes");
        assertEquals(0, yes.code(), yes.toString());
        assertEquals(named, Files.readString(dir.resolve("theta.csv")), "--header yes: the line is skipped");
        // --header applies to every input file of the command: Y without its line of names here
        Files.writeString(dir.resolve("Y.csv"), "1\n2\n3\n4\n");
        refused(minNorm(dir, "X.csv", "--header", "no"), "X has 5 rows but Y has 4");
        return "error [min-norm] (auto): " + MatrixDoc.shorten(m) + " With --header yes: Θ̂ as with named columns; "
            + "--header no: 5 data rows";
    }

    private static String stray(Path dir) throws Exception {
        Files.writeString(dir.resolve("X.csv"), "a,b\n1,0\n0,1\n1,1\n2,1\n");
        StringBuilder cell = new StringBuilder("error [min-norm]: ");
        String[][] cases = {{"-rcond", "0.5"}, {"extra"}, {"--out", "--rcond"}};
        for (String[] extra : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("min-norm", "--x", dir.resolve("X.csv").toString(),
                "--y", dir.resolve("Y.csv").toString()));
            if (!extra[0].equals("--out")) {
                args.addAll(List.of("--out", dir.resolve("theta.csv").toString()));
            }
            args.addAll(List.of(extra));
            CliRun r = CliRun.in(dir, args.toArray(new String[0]));
            assertEquals(2, r.code(), r.toString());
            cell.append(extra == cases[0] ? "" : " / ").append(r.message());
        }
        assertTrue(!Files.exists(dir.resolve("theta.csv")));
        return cell.toString();
    }

    private static String encoding(Path dir) throws Exception {
        Files.write(dir.resolve("X.csv"), "a,b\n1,0\n0,1\n1,1\n2,1\n".getBytes(StandardCharsets.UTF_16));
        String m = refused(minNorm(dir, "X.csv"), "is UTF-16 text, not UTF-8");
        Files.write(dir.resolve("X.csv"), new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xFF, '\n'});
        String m2 = refused(minNorm(dir, "X.csv"), "is not UTF-8 text");
        return "error [min-norm]: " + m + " / " + MatrixDoc.shorten(m2);
    }

    private static String sizes(Path dir) throws Exception {
        String a = refused(CliRun.in(dir, "fig1", "--d", "1000000000", "--out-dir", dir.resolve("f").toString()),
            "too large to hold in memory");
        String b = refused(CliRun.in(dir, "fig1", "--widths", "100", "--out-dir", dir.resolve("f").toString()),
            "needs at least two different widths to fit a slope");
        StringBuilder wide = new StringBuilder();
        for (int j = 0; j < 20_000; j++) {
            wide.append(j == 0 ? "" : ",").append(j % 7);
        }
        Files.writeString(dir.resolve("X.csv"), wide + "\n" + wide + "\n" + wide + "\n" + wide + "\n");
        // 20000 inputs alone are solved through the n x n side; with 20000 targets too, Theta_hat is 20000 x 20000
        assertEquals(0, minNorm(dir, "X.csv").code());
        Files.delete(dir.resolve("theta.csv"));
        Files.writeString(dir.resolve("W.csv"), wide + "\n" + wide + "\n" + wide + "\n" + wide + "\n");
        String c = refused(CliRun.in(dir, "min-norm", "--x", dir.resolve("X.csv").toString(), "--y",
            dir.resolve("W.csv").toString(), "--out", dir.resolve("theta.csv").toString()), "too large to hold in memory");
        assertTrue(!Files.exists(dir.resolve("f")) && !Files.exists(dir.resolve("theta.csv")));
        return "error [fig1, min-norm]: " + a + " / " + b + " / " + MatrixDoc.shorten(c);
    }

    /** Below the engine's size limit but beyond the heap: the message says what was allocated, how much, the limit. */
    private static String outOfMemory(Path dir) throws Exception {
        Files.writeString(dir.resolve("U.csv"), OutputRows.SENTINEL);
        Process p = CliRun.childWith("-Xmx32m", dir, 0, "init", "--d", "2000", "--m", "1", "--width", "10000", "--seed",
            "1", "--out-u", "U.csv", "--out-v", "V.csv");
        String m = refused(CliRun.finish(p, dir, "init"), "out of memory while sampling U (2000 x 10000) and V (1 x "
            + "10000) (about 152.7 MiB); the Java heap holds at most");
        assertEquals(OutputRows.SENTINEL, Files.readString(dir.resolve("U.csv")), "U.csv is unchanged");
        assertTrue(!Files.exists(dir.resolve("V.csv")));
        // the heap limit the JVM reports for -Xmx32m varies a little by collector: the cell shows the sentence's start
        return "error [init]: " + m.substring(0, m.indexOf("; the Java heap")) + "; the Java heap holds at most …";
    }

    private static DynamicNode hardening(MatrixDoc doc) {
        String id = "corrupt network";
        doc.declare(HARDENING, id, "every truncation of a stored network; 50 bytes whose header claims 2^28 numbers");
        return dynamicTest(id, () -> {
            NetworkPortObject net = NetworkPortObject.of(Initializers.gaussian(3, 2, 5, 0.5, 1, 1, 4),
                NetworkSpec.defaultNames("x", 3), NetworkSpec.defaultNames("y", 2), "sum");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkCodec.write(net, out);
            byte[] bytes = out.toByteArray();
            for (int cut = 0; cut < bytes.length; cut++) {
                byte[] part = java.util.Arrays.copyOf(bytes, cut);
                assertThrows(NetworkCodec.CorruptNetworkDataException.class,
                    () -> NetworkCodec.read(new ByteArrayInputStream(part)), "cut at " + cut);
            }
            byte[] forged = forged();
            long allocated = allocated(() -> assertThrows(NetworkCodec.CorruptNetworkDataException.class,
                () -> NetworkCodec.read(new ByteArrayInputStream(forged))));
            // the reader's own buffers: 64 Ki doubles at most before the stream runs dry (an unbounded one: 2 GiB)
            assertTrue(allocated < 4 << 20, "allocated " + allocated + " bytes for 46 bytes of input");
            String node = "error: " + assertThrows(NetworkCodec.CorruptNetworkDataException.class,
                () -> NetworkCodec.read(new ByteArrayInputStream(forged))).getMessage() + " (< 4 MiB allocated)";

            byte[] payload = serialized(new NetworkPayload(net));
            byte[] lying = lengthForged(payload, net);
            long wekaAllocated = allocated(() -> assertThrows(InvalidObjectException.class, () -> deserialize(lying)));
            assertTrue(wekaAllocated < 4 << 20, "allocated " + wekaAllocated + " bytes");
            String weka = "error: " + assertThrows(InvalidObjectException.class, () -> deserialize(lying)).getMessage()
                + " (length field set to 2^31 − 1; < 4 MiB allocated)";
            assertEquals(net.spec(), ((NetworkPayload) deserialize(payload)).network().spec(), "an intact payload reads");
            Map<Host, String> cells = new EnumMap<>(Host.class);
            cells.put(Host.NODE, node);
            cells.put(Host.CLI, "n/a: reads no stored networks");
            cells.put(Host.KNIME, "error: same as the node layer (not run): the port object stores NetworkCodec bytes");
            cells.put(Host.WEKA, weka);
            cells.forEach((h, t) -> doc.cell(HARDENING, id, h, t));
        });
    }

    /** Magic, D = 1, m = 1, h = k = 2^28 (explicit), then nothing: 46 bytes with the header and a cut body. */
    private static byte[] forged() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x4C4E4E01);
        d.writeInt(1);
        d.writeInt(1);
        d.writeLong(1L << 28);
        d.writeInt(1 << 28);
        d.writeBoolean(false);
        d.writeDouble(0.5);
        d.writeUTF("random");
        d.writeUTF("");
        d.writeUTF("x");
        d.writeUTF("y");
        d.writeByte(0);
        return b.toByteArray();
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream s = new ObjectOutputStream(b)) {
            s.writeObject(o);
        }
        return b.toByteArray();
    }

    /** The payload with its length field (the int just before the codec's magic) set to Integer.MAX_VALUE. */
    private static byte[] lengthForged(byte[] payload, NetworkPortObject net) throws IOException {
        ByteArrayOutputStream codec = new ByteArrayOutputStream();
        NetworkCodec.write(net, codec);
        int n = codec.size();
        byte[] marker = {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        for (int i = 0; i + 4 <= payload.length; i++) {
            if (java.util.Arrays.equals(payload, i, i + 4, marker, 0, 4)) {
                byte[] out = payload.clone();
                out[i] = 0x7F;
                out[i + 1] = (byte) 0xFF;
                out[i + 2] = (byte) 0xFF;
                out[i + 3] = (byte) 0xFF;
                return out;
            }
        }
        throw new AssertionError("length field not found");
    }

    private static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }

    private static long allocated(Runnable r) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        r.run();
        return mx.getThreadAllocatedBytes(id) - before;
    }
}
