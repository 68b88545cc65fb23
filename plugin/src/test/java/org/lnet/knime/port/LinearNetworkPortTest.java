package org.lnet.knime.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.port.PortUtil;
import org.lnet.engine.Progress;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;

/**
 * The Linear Network port as KNIME saves and loads it: the plugin.xml registration names the classes and serializers
 * (instantiated by name, as KNIME's extension registry does), its spec class is the one KNIME derives from
 * {@code getSpec()}, and a network and its spec written through KNIME's zip streams ({@code PortUtil}) read back to
 * the same bytes of the node layer's codec; a stream without our entry is refused with a message naming it.
 */
class LinearNetworkPortTest {

    private static final Map<String, String> REGISTRATION =
        PortTypeRegistry.getInstance().registration(LinearNetworkPortObject.class);

    private static NetworkPortObject network() {
        MapSettingsStore s = new MapSettingsStore();
        Map.of("inputs", "4", "outputs", "2", "width", "3", "seed", "5").forEach((k, v) ->
            Nodes.byId("RandomInitializer").parameter(k).writeText(s, v));
        return (NetworkPortObject) Nodes.byId("RandomInitializer").execute(s, new PortValue[] {null}, Progress.NONE)
            .output(0);
    }

    private static byte[] codec(NetworkPortObject n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkCodec.write(n, out);
        return out.toByteArray();
    }

    @Test
    void theRegistrationNamesThePortsClassesAndTheSpecClassKnimeDerives() {
        assertEquals(LinearNetworkPortObject.class.getName(), REGISTRATION.get("objectClass"));
        assertEquals(LinearNetworkPortObjectSpec.class.getName(), REGISTRATION.get("specClass"));
        assertEquals(LinearNetworkPortObjectSpec.class, LinearNetworkPortObject.TYPE.getPortObjectSpecClass());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNetworkAndItsSpecSurviveKnimesZipStreams() throws Exception {
        NetworkPortObject n = network();
        PortObjectSerializer<LinearNetworkPortObject> objects = (PortObjectSerializer<LinearNetworkPortObject>) Class
            .forName(REGISTRATION.get("objectSerializer")).getConstructor().newInstance();
        PortObjectSpecSerializer<LinearNetworkPortObjectSpec> specs =
            (PortObjectSpecSerializer<LinearNetworkPortObjectSpec>) Class.forName(REGISTRATION.get("specSerializer"))
                .getConstructor().newInstance();

        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(saved)) {
            objects.savePortObject(new LinearNetworkPortObject(n), out, new ExecutionMonitor());
        }
        ByteArrayOutputStream savedSpec = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(savedSpec)) {
            specs.savePortObjectSpec(new LinearNetworkPortObjectSpec(n.spec()), out);
        }
        LinearNetworkPortObjectSpec spec;
        try (PortObjectSpecZipInputStream in = PortUtil.getPortObjectSpecZipInputStream(
            new ByteArrayInputStream(savedSpec.toByteArray()))) {
            spec = specs.loadPortObjectSpec(in);
        }
        assertEquals(new LinearNetworkPortObjectSpec(n.spec()), spec);
        try (PortObjectZipInputStream in = PortUtil.getPortObjectZipInputStream(
            new ByteArrayInputStream(saved.toByteArray()))) {
            LinearNetworkPortObject loaded = objects.loadPortObject(in, spec, new ExecutionMonitor());
            assertArrayEquals(codec(n), codec(loaded.network()));
        }
    }

    @Test
    void aStreamWithoutTheNetworkEntryIsRefusedNamingIt() throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(saved)) {
            out.putNextEntry(new ZipEntry("something-else.bin"));
            out.write(1);
        }
        try (PortObjectZipInputStream in = PortUtil.getPortObjectZipInputStream(
            new ByteArrayInputStream(saved.toByteArray()))) {
            IOException e = assertThrows(IOException.class, () -> new LinearNetworkPortObject.Serializer()
                .loadPortObject(in, null, new ExecutionMonitor()));
            assertTrue(e.getMessage().contains(LinearNetworkPortObject.ENTRY), e.getMessage());
        }
    }
}
