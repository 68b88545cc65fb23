package org.lnet.weka;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;

/**
 * What travels on a {@value LnetStep#CON_NETWORK} connection: a node-layer network with its spec. KnowledgeFlow may
 * copy payloads by Java serialization; this one serializes as the node layer's {@link NetworkCodec} bytes, the same
 * bytes every host stores, so a copy is exact.
 */
public final class NetworkPayload implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient NetworkPortObject network;

    public NetworkPayload(NetworkPortObject network) {
        this.network = Objects.requireNonNull(network);
    }

    public NetworkPortObject network() {
        return network;
    }

    /** The codec bytes of the network. */
    public byte[] bytes() {
        return NetworkCodec.toBytes(network);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        byte[] b = bytes();
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * The length read from the stream is not trusted: the bytes are read as they arrive (readNBytes grows its buffer
     * with the data), so a corrupt length costs no more memory than the stream holds, and the codec bounds the rest.
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int length = in.readInt();
        if (length < 0) {
            throw new InvalidObjectException("Corrupt network payload: negative length " + length + ".");
        }
        byte[] b = in.readNBytes(length);
        if (b.length != length) {
            throw new InvalidObjectException("Corrupt network payload: " + length + " bytes announced, " + b.length
                + " present.");
        }
        network = NetworkCodec.read(new ByteArrayInputStream(b));
    }

    /** The network's one-line summary (shown by Weka where it displays a payload). */
    @Override
    public String toString() {
        return network.summary();
    }
}
