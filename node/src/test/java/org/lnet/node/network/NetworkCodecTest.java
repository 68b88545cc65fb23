package org.lnet.node.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;

class NetworkCodecTest {

    private static NetworkPortObject roundTrip(NetworkPortObject o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkCodec.write(o, out);
        return NetworkCodec.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void explicitNetworkRoundTripsBitForBit() throws IOException {
        LinearNetwork net = Initializers.gaussian(4, 2, 7, 0.5, 1, 1, 11);
        NetworkPortObject o = NetworkPortObject.of(net, List.of("a", "b", "c", "d"), List.of("y", "z"), "mean");
        NetworkPortObject back = roundTrip(o);
        assertEquals(o.spec(), back.spec());
        assertArrayEquals(net.uCoefficients().data, back.network().uCoefficients().data);
        assertArrayEquals(net.vCoefficients().data, back.network().vCoefficients().data);
        assertEquals(net.provenance(), back.network().provenance());
        assertTrue(back.network().isExplicit());
    }

    @Test
    void implicitWidthNetworkKeepsItsWidthAndFrame() throws IOException {
        LinearNetwork net = Initializers.implicitGaussian(3, 1, 1_000_000_000L, 0.5, 1, 1, 3);
        NetworkPortObject back = roundTrip(NetworkPortObject.of(net, NetworkSpec.defaultNames("x", 3),
            NetworkSpec.defaultNames("y", 1), ""));
        assertEquals(1_000_000_000L, back.network().width());
        assertEquals(4, back.network().frameRank());
        assertArrayEquals(net.theta().data, back.network().theta().data);
    }

    @Test
    void specRoundTripsIncludingNaNAlpha() throws IOException {
        NetworkSpec spec = new NetworkSpec(2, 1, 5, 5, false, Double.NaN, "balanced", "", List.of("p", "q"),
            List.of("r"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkCodec.writeSpec(spec, out);
        assertEquals(spec, NetworkCodec.readSpec(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void foreignBytesAreRefused() {
        IOException e = assertThrows(IOException.class,
            () -> NetworkCodec.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
        assertTrue(e.getMessage().contains("Not a stored network"), e.getMessage());
    }

    @Test
    void aSpecThatDoesNotDescribeTheNetworkIsRejected() {
        LinearNetwork net = Initializers.gaussian(2, 1, 3, 0.5, 1, 1, 1);
        NetworkSpec wrong = new NetworkSpec(2, 1, 4, 4, false, 0.5, "random", "", List.of("a", "b"), List.of("y"));
        assertThrows(IllegalArgumentException.class, () -> new NetworkPortObject(net, wrong));
    }

    /** Cut or altered bytes are refused as corrupt data, never an EOFException, a NaN weight or a huge allocation. */
    @Test
    void cutOrAlteredBytesAreCorruptData() throws IOException {
        LinearNetwork net = Initializers.gaussian(2, 1, 3, 0.5, 1, 1, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkCodec.write(NetworkPortObject.of(net, List.of("a", "b"), List.of("y"), ""), out);
        byte[] b = out.toByteArray();
        for (int cut = 0; cut < b.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(b, cut);
            assertThrows(NetworkCodec.CorruptNetworkDataException.class,
                () -> NetworkCodec.read(new ByteArrayInputStream(part)), "cut at " + cut);
        }
        byte[] nan = b.clone();
        // the last coefficient (of V) becomes NaN: 0x7FF8 0000 0000 0000
        java.nio.ByteBuffer.wrap(nan).putDouble(nan.length - 8, Double.NaN);
        NetworkCodec.CorruptNetworkDataException e = assertThrows(NetworkCodec.CorruptNetworkDataException.class,
            () -> NetworkCodec.read(new ByteArrayInputStream(nan)));
        assertTrue(e.getMessage().contains("coefficient 3 of V is NaN"), e.getMessage());
        byte[] k = b.clone();
        // k (after magic, D, m, h) claims 2 columns for an explicit network of width 3
        java.nio.ByteBuffer.wrap(k).putInt(20, 2);
        e = assertThrows(NetworkCodec.CorruptNetworkDataException.class,
            () -> NetworkCodec.read(new ByteArrayInputStream(k)));
        assertTrue(e.getMessage().contains("explicit network of width h=3 stored with k=2"), e.getMessage());
    }
}
