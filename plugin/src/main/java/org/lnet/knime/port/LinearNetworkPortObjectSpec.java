package org.lnet.knime.port;

import java.io.IOException;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkSpec;

/** KNIME's view of a {@link NetworkSpec}: shapes, initialization, loss and column names, known at configure. */
public final class LinearNetworkPortObjectSpec implements PortObjectSpec {

    static final String ENTRY = "linear-network-spec.bin";

    private final NetworkSpec spec;

    public LinearNetworkPortObjectSpec(NetworkSpec spec) {
        this.spec = spec;
    }

    public NetworkSpec networkSpec() {
        return spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {PortViews.text("Linear Network", spec.summary() + "\nInputs: " + spec.inputColumns()
            + "\nTargets: " + spec.targetColumns())};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearNetworkPortObjectSpec s && s.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return spec.summary();
    }

    /** Stores the spec as {@link NetworkCodec} bytes in one zip entry; registered in plugin.xml. */
    public static final class Serializer extends PortObjectSpecSerializer<LinearNetworkPortObjectSpec> {
        @Override
        public void savePortObjectSpec(LinearNetworkPortObjectSpec portObjectSpec, PortObjectSpecZipOutputStream out)
            throws IOException {
            out.putNextEntry(new ZipEntry(ENTRY));
            NetworkCodec.writeSpec(portObjectSpec.spec, out);
            out.closeEntry();
        }

        @Override
        public LinearNetworkPortObjectSpec loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("Expected zip entry '" + ENTRY + "' for a Linear Network spec, found "
                    + (entry == null ? "none" : "'" + entry.getName() + "'") + ".");
            }
            return new LinearNetworkPortObjectSpec(NetworkCodec.readSpec(in));
        }
    }
}
