package org.lnet.knime.testing;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeSettings;
import org.lnet.build.KnimeConfig;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * Running the plugin's nodes as KNIME does, for the plugin's tests and the reliability matrix: each node from its
 * registered factory, settings in the layout of KNIME's SettingsModels, KNIME tables written and read with KNIME's
 * own data classes (never with the adapter under test).
 */
public final class KnimeRun {
    private KnimeRun() {
    }

    /** The plugin's factory of a node-layer node, by the naming plugin.xml registers (org.lnet.knime.{id}.{Id}NodeFactory). */
    public static NodeFactory<?> factory(String nodeId) {
        String name = "org.lnet.knime." + nodeId.toLowerCase(java.util.Locale.ROOT) + "." + nodeId + "NodeFactory";
        try {
            return (NodeFactory<?>) Class.forName(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no factory " + name, e);
        }
    }

    public static NodeDriver driver(String nodeId) {
        return new NodeDriver(factory(nodeId));
    }

    /**
     * The node's current settings with some values replaced, as a user typing them into the dialog leaves them.
     * Numbers are read as KNIME's number field reads them, not by our grammar: {@code DialogComponentNumberEdit}
     * hands the text to {@code SettingsModelDouble.setNumberValueStr} ({@code Double.valueOf}, so {@code 2f} is 2.0;
     * "Invalid floating point number format." otherwise) or {@code SettingsModelLong.setNumberValueStr}
     * ({@code Long.parseLong}, so {@code 1e3} and {@code 0x10} are refused), and the dialog turns the exception into
     * an {@code InvalidSettingsException} (knime-core, {@code org.knime.core/src/eclipse/org/knime/core/node/
     * defaultnodesettings/}). Other kinds are read by the node layer's {@link Parameter#parseText}, written in the
     * entry type of the parameter's SettingsModel (boolean, string, or the column filter's
     * {@code InclList}/{@code ExclList}/{@code keep_all_columns_selected}); ranges are not checked here.
     */
    public static NodeSettings settings(NodeDriver driver, String nodeId, java.util.Map<String, String> texts)
        throws InvalidSettingsException {
        LinearNetworkNode<?> node = Nodes.byId(nodeId);
        NodeSettings s = driver.saveSettings();
        for (var entry : texts.entrySet()) {
            String key = entry.getKey();
            String text = entry.getValue();
            Parameter p = node.parameter(key);
            try {
                switch (p.kind()) {
                    case DOUBLE -> s.addDouble(key, Double.valueOf(text));
                    case LONG -> s.addLong(key, Long.parseLong(text));
                    case BOOLEAN -> s.addBoolean(key, (Boolean) p.parseText(text));
                    case CHOICE, TEXT -> s.addString(key, (String) p.parseText(text));
                    case COLUMNS -> {
                        NodeSettings lists = s.addConfig(key);
                        lists.addStringArray("InclList", (String[]) p.parseText(text));
                        lists.addStringArray("ExclList");
                        lists.addBoolean("keep_all_columns_selected", false);
                    }
                }
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(p.kind() == Parameter.Kind.DOUBLE
                    ? "Invalid floating point number format." : e.getMessage());
            }
        }
        return s;
    }

    /**
     * A settings.xml config (as host-build writes the example workflows) as KNIME loads it: xdouble, xlong, xint,
     * xboolean and xstring entries by type; a sub-config of {@code array-size} and entries 0 … n−1 as a string array,
     * which is how KNIME stores one.
     */
    public static NodeSettings settings(KnimeConfig config) {
        NodeSettings out = new NodeSettings(config.key());
        fill(config, out);
        return out;
    }

    private static void fill(KnimeConfig config, NodeSettings out) {
        for (Object item : config.items()) {
            if (item instanceof KnimeConfig.Entry e) {
                switch (e.type()) {
                    case "xdouble" -> out.addDouble(e.key(), Double.parseDouble(e.value()));
                    case "xlong", "xint" -> out.addLong(e.key(), Long.parseLong(e.value()));
                    case "xboolean" -> out.addBoolean(e.key(), Boolean.parseBoolean(e.value()));
                    case "xstring" -> out.addString(e.key(), e.value());
                    default -> throw new IllegalArgumentException("entry type " + e.type() + " of " + e.key());
                }
            } else if (item instanceof KnimeConfig c) {
                List<String> array = config.getStrings(c.key());
                if (array != null) {
                    out.addStringArray(c.key(), array.toArray(new String[0]));
                } else {
                    fill(c, out.addConfig(c.key()));
                }
            }
        }
    }

    private static DataType knimeType(ColumnType t) {
        return switch (t) {
            case DOUBLE -> DoubleCell.TYPE;
            case LONG -> LongCell.TYPE;
            case BOOLEAN -> BooleanCell.TYPE;
            case STRING -> StringCell.TYPE;
        };
    }

    /** A neutral table as the KNIME table a reader node would produce (same names, types, row IDs, missing cells). */
    public static BufferedDataTable table(ExecutionContext exec, Table t) {
        DataColumnSpec[] cols = new DataColumnSpec[t.spec().size()];
        for (int c = 0; c < cols.length; c++) {
            ColumnSpec cs = t.spec().column(c);
            cols[c] = new DataColumnSpecCreator(cs.name(), knimeType(cs.type())).createSpec();
        }
        BufferedDataContainer out = exec.createDataContainer(new DataTableSpec(cols));
        for (int r = 0; r < t.rows(); r++) {
            DataCell[] cells = new DataCell[cols.length];
            for (int c = 0; c < cells.length; c++) {
                Object v = t.get(c, r);
                cells[c] = v == null ? DataType.getMissingCell() : switch (t.spec().column(c).type()) {
                    case DOUBLE -> new DoubleCell((Double) v);
                    case LONG -> new LongCell((Long) v);
                    case BOOLEAN -> (Boolean) v ? BooleanCell.TRUE : BooleanCell.FALSE;
                    case STRING -> new StringCell((String) v);
                };
            }
            out.addRowToTable(new DefaultRow(t.rowId(r), cells));
        }
        out.close();
        return out.getTable();
    }

    /** A KNIME table read cell by cell into a neutral table of the cells' own types (missing cells as missing). */
    public static Table read(BufferedDataTable t) {
        DataTableSpec ks = t.getDataTableSpec();
        List<ColumnSpec> cols = new ArrayList<>();
        for (int c = 0; c < ks.getNumColumns(); c++) {
            DataType type = ks.getColumnSpec(c).getType();
            ColumnType ct = type.equals(DoubleCell.TYPE) ? ColumnType.DOUBLE : type.equals(LongCell.TYPE)
                ? ColumnType.LONG : type.equals(BooleanCell.TYPE) ? ColumnType.BOOLEAN : ColumnType.STRING;
            cols.add(new ColumnSpec(ks.getColumnSpec(c).getName(), ct));
        }
        TableBuilder b = Table.builder(new TableSpec(cols), (int) t.size());
        try (CloseableRowIterator it = t.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                Object[] cells = new Object[cols.size()];
                for (int c = 0; c < cells.length; c++) {
                    DataCell cell = row.getCell(c);
                    cells[c] = cell.isMissing() ? null : cell instanceof DoubleCell d ? d.getDoubleValue()
                        : cell instanceof LongCell l ? l.getLongValue() : cell instanceof BooleanCell bc
                        ? bc.getBooleanValue() : cell.toString();
                }
                b.addRow(row.getKey().getString(), cells);
            }
        }
        return b.build();
    }
}
