package org.lnet.node.network;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Provenance;

/**
 * Host-neutral binary persistence of networks and their specs, so every host stores the same bytes: big-endian
 * {@link DataOutputStream} primitives, strings as modified UTF-8, doubles as their IEEE bits (exact round trip).
 *
 * <pre>
 * spec:    magic "LNS" 0x01 | D int | m int | h long | k int | implicit bool | alpha double
 *          | initialization UTF | loss UTF | D x input name UTF | m x target name UTF
 * network: magic "LNN" 0x01 | spec | provenance (initialization UTF, alpha double, seed long, training UTF)
 *          | Uc (D x k doubles, row-major) | Vc (m x k doubles, row-major)
 * </pre>
 *
 * Streams are flushed, never closed: hosts write into zip entries they own.
 */
public final class NetworkCodec {

    private static final int SPEC_MAGIC = 0x4C4E5301;
    private static final int NETWORK_MAGIC = 0x4C4E4E01;

    private NetworkCodec() {
    }

    public static void writeSpec(NetworkSpec spec, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(SPEC_MAGIC);
        writeSpecBody(spec, d);
        d.flush();
    }

    /**
     * Reads a spec written by {@link #writeSpec}.
     *
     * @throws CorruptNetworkDataException when the bytes are not a stored spec, are cut short, or hold sizes that no
     *                                     stored spec has; nothing larger than what the stream delivered is allocated
     */
    public static NetworkSpec readSpec(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        try {
            expect(d.readInt(), SPEC_MAGIC, "network spec");
            return readSpecBody(d);
        } catch (EOFException e) {
            throw truncated("network spec");
        }
    }

    public static void write(NetworkPortObject object, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(NETWORK_MAGIC);
        writeSpecBody(object.spec(), d);
        LinearNetwork net = object.network();
        Provenance p = net.provenance();
        d.writeUTF(p.initialization());
        d.writeDouble(p.alpha());
        d.writeLong(p.seed());
        d.writeUTF(p.training());
        for (double v : net.uCoefficients().data) {
            d.writeDouble(v);
        }
        for (double v : net.vCoefficients().data) {
            d.writeDouble(v);
        }
        d.flush();
    }

    /** The bytes {@link #write} writes, in memory (the form every host stores or copies). */
    public static byte[] toBytes(NetworkPortObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(object, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a network written by {@link #write}.
     *
     * @throws CorruptNetworkDataException as {@link #readSpec}, or for non-finite coefficients
     */
    public static NetworkPortObject read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        try {
            expect(d.readInt(), NETWORK_MAGIC, "network");
            NetworkSpec spec = readSpecBody(d);
            Provenance p = new Provenance(d.readUTF(), d.readDouble(), d.readLong(), d.readUTF());
            DMatrixRMaj uc = readMatrix(d, spec.inputs(), spec.frameRank(), "U");
            DMatrixRMaj vc = readMatrix(d, spec.outputs(), spec.frameRank(), "V");
            LinearNetwork net = spec.implicitWidth()
                ? LinearNetwork.implicit(uc, vc, spec.width(), p)
                : LinearNetwork.explicit(uc, vc, p);
            return new NetworkPortObject(net, spec);
        } catch (EOFException e) {
            throw truncated("network");
        }
    }

    private static void writeSpecBody(NetworkSpec s, DataOutputStream d) throws IOException {
        d.writeInt(s.inputs());
        d.writeInt(s.outputs());
        d.writeLong(s.width());
        d.writeInt(s.frameRank());
        d.writeBoolean(s.implicitWidth());
        d.writeDouble(s.alpha());
        d.writeUTF(s.initialization());
        d.writeUTF(s.lossConvention());
        for (String n : s.inputColumns()) {
            d.writeUTF(n);
        }
        for (String n : s.targetColumns()) {
            d.writeUTF(n);
        }
    }

    private static NetworkSpec readSpecBody(DataInputStream d) throws IOException {
        int inputs = d.readInt();
        int outputs = d.readInt();
        long width = d.readLong();
        int k = d.readInt();
        // every stored network was built by the engine, whose matrices hold at most MAX_DENSE_ENTRIES numbers; an
        // explicit one has k = h, an implicit one a frame of at most D + m columns
        boolean shape = inputs >= 1 && outputs >= 1 && width >= 1 && k >= 1 && k <= width
            && (long) inputs * k <= Checks.MAX_DENSE_ENTRIES && (long) outputs * k <= Checks.MAX_DENSE_ENTRIES;
        if (!shape) {
            throw new CorruptNetworkDataException("Corrupt network data: shape D=" + inputs + ", m=" + outputs + ", h="
                + width + ", k=" + k + " is not that of a stored network.");
        }
        int flag = d.readUnsignedByte();
        if (flag > 1) {
            throw new CorruptNetworkDataException("Corrupt network data: the width-mode byte is " + flag + ", not 0 or 1.");
        }
        boolean implicit = flag == 1;
        if (!implicit && k != width) {
            throw new CorruptNetworkDataException("Corrupt network data: an explicit network of width h=" + width
                + " stored with k=" + k + " columns.");
        }
        if (implicit && k > (long) inputs + outputs) {
            throw new CorruptNetworkDataException("Corrupt network data: an implicit-width frame of k=" + k
                + " columns exceeds D + m = " + ((long) inputs + outputs) + ".");
        }
        double alpha = d.readDouble();
        String init = d.readUTF();
        String loss = d.readUTF();
        // lists grow as names arrive (each costs at least two bytes of the stream), never sized by a count read
        List<String> in = new ArrayList<>(Math.min(inputs, 1024));
        for (int i = 0; i < inputs; i++) {
            in.add(d.readUTF());
        }
        List<String> targets = new ArrayList<>(Math.min(outputs, 1024));
        for (int i = 0; i < outputs; i++) {
            targets.add(d.readUTF());
        }
        return new NetworkSpec(inputs, outputs, width, k, implicit, alpha, init, loss, in, targets);
    }

    /**
     * A rows x cols matrix of doubles from the stream, the buffer grown as the bytes arrive, so a corrupt size
     * costs no more memory than the stream holds.
     */
    private static DMatrixRMaj readMatrix(DataInputStream d, int rows, int cols, String name) throws IOException {
        int count = Math.multiplyExact(rows, cols);
        double[] buf = new double[Math.min(count, 1 << 16)];
        for (int i = 0; i < count; i++) {
            if (i == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(count, 2L * buf.length));
            }
            double v = d.readDouble();
            if (!Double.isFinite(v)) {
                throw new CorruptNetworkDataException("Corrupt network data: coefficient " + (i + 1) + " of " + name
                    + " is " + v + ".");
            }
            buf[i] = v;
        }
        return DMatrixRMaj.wrap(rows, cols, buf);
    }

    private static void expect(int magic, int wanted, String what) throws IOException {
        if (magic != wanted) {
            throw new CorruptNetworkDataException(String.format("Not a stored %s (header 0x%08X, expected 0x%08X).",
                what, magic, wanted));
        }
    }

    private static CorruptNetworkDataException truncated(String what) {
        return new CorruptNetworkDataException("Corrupt network data: the stored " + what + " ends before its last "
            + "field (the file or message was cut short).");
    }

    /** Bytes that are not a network this codec wrote: the message says what is wrong; nothing was built. */
    public static final class CorruptNetworkDataException extends IOException {
        private static final long serialVersionUID = 1L;

        public CorruptNetworkDataException(String message) {
            super(message);
        }
    }
}
