package org.knime.core.node;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Test-scope stand-in for KNIME's {@code BufferedDataTable} (knime-core {@code org/knime/core/node/BufferedDataTable.java}):
 * the closed rows of a {@link BufferedDataContainer}, read through closeable iterators. Added for tests: the number of
 * iterators opened but not closed, since an unclosed iterator keeps KNIME's table files open.
 */
public final class BufferedDataTable implements DataTable, PortObject {
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class,
        true);

    private static final AtomicInteger OPEN_ITERATORS = new AtomicInteger();

    private final DataTableSpec spec;
    private final List<DataRow> rows;

    BufferedDataTable(DataTableSpec spec, List<DataRow> rows) {
        this.spec = spec;
        this.rows = rows;
    }

    /** Iterators of any table opened and not yet closed. */
    public static int openIterators() {
        return OPEN_ITERATORS.get();
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return "Rows: " + rows.size() + ", Cols: " + spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        OPEN_ITERATORS.incrementAndGet();
        return CloseableRowIterator.over(rows.iterator(), OPEN_ITERATORS::decrementAndGet);
    }

    public long size() {
        return rows.size();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
