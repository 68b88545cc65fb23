package org.lnet.knime.port;

import java.io.IOException;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;

/** The "Linear Network" port: the node layer's {@link NetworkPortObject} inside KNIME. */
public final class LinearNetworkPortObject implements PortObject {

    /** The port type, registered at the extension point org.knime.core.PortType. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(LinearNetworkPortObject.class);

    /** The same type for optional inputs. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(LinearNetworkPortObject.class, true);

    static final String ENTRY = "linear-network.bin";

    private final NetworkPortObject network;

    public LinearNetworkPortObject(NetworkPortObject network) {
        this.network = network;
    }

    public NetworkPortObject network() {
        return network;
    }

    @Override
    public String getSummary() {
        return network.summary();
    }

    @Override
    public LinearNetworkPortObjectSpec getSpec() {
        return new LinearNetworkPortObjectSpec(network.spec());
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {PortViews.text("Linear Network", network.summary() + "\nInputs: "
            + network.spec().inputColumns() + "\nTargets: " + network.spec().targetColumns())};
    }

    /** Stores the network as {@link NetworkCodec} bytes in one zip entry; registered in plugin.xml. */
    public static final class Serializer extends PortObjectSerializer<LinearNetworkPortObject> {
        @Override
        public void savePortObject(LinearNetworkPortObject portObject, PortObjectZipOutputStream out,
            ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry(ENTRY));
            NetworkCodec.write(portObject.network, out);
            out.closeEntry();
        }

        @Override
        public LinearNetworkPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
            ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("Expected zip entry '" + ENTRY + "' for a Linear Network, found "
                    + (entry == null ? "none" : "'" + entry.getName() + "'") + ".");
            }
            return new LinearNetworkPortObject(NetworkCodec.read(in));
        }
    }
}
