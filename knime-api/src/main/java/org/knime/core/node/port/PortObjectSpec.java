package org.knime.core.node.port;

import java.io.IOException;
import javax.swing.JComponent;
import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface PortObjectSpec {

    /** @param <T> class of the object to save or load */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> implements Serializer<T> {
        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException;

        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
    }

    public JComponent[] getViews();
}
