package org.lnet.node.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
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

    public static NetworkSpec readSpec(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        expect(d.readInt(), SPEC_MAGIC, "network spec");
        return readSpecBody(d);
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

    public static NetworkPortObject read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        expect(d.readInt(), NETWORK_MAGIC, "network");
        NetworkSpec spec = readSpecBody(d);
        Provenance p = new Provenance(d.readUTF(), d.readDouble(), d.readLong(), d.readUTF());
        DMatrixRMaj uc = readMatrix(d, spec.inputs(), spec.frameRank());
        DMatrixRMaj vc = readMatrix(d, spec.outputs(), spec.frameRank());
        LinearNetwork net = spec.implicitWidth()
            ? LinearNetwork.implicit(uc, vc, spec.width(), p)
            : LinearNetwork.explicit(uc, vc, p);
        return new NetworkPortObject(net, spec);
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
        if (inputs < 1 || outputs < 1 || width < 1 || k < 1 || k > width) {
            throw new IOException("Corrupt network data: shape D=" + inputs + ", m=" + outputs + ", h=" + width
                + ", k=" + k + ".");
        }
        boolean implicit = d.readBoolean();
        double alpha = d.readDouble();
        String init = d.readUTF();
        String loss = d.readUTF();
        List<String> in = new ArrayList<>(inputs);
        for (int i = 0; i < inputs; i++) {
            in.add(d.readUTF());
        }
        List<String> targets = new ArrayList<>(outputs);
        for (int i = 0; i < outputs; i++) {
            targets.add(d.readUTF());
        }
        return new NetworkSpec(inputs, outputs, width, k, implicit, alpha, init, loss, in, targets);
    }

    private static DMatrixRMaj readMatrix(DataInputStream d, int rows, int cols) throws IOException {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = d.readDouble();
        }
        return m;
    }

    private static void expect(int magic, int wanted, String what) throws IOException {
        if (magic != wanted) {
            throw new IOException(String.format("Not a stored %s (header 0x%08X, expected 0x%08X).", what, magic, wanted));
        }
    }
}
