package org.lnet.knime.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.lnet.engine.InvalidInputException;
import org.lnet.knime.port.LinearNetworkPortObjectSpec;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.TableSpec;

/**
 * The dialog of every Linear Networks node, built from the node layer's parameter descriptions: column filters for
 * column selections, then one field per setting with its description as tooltip. KNIME's "Flow Variables" tab, which
 * every dialog has, lets a flow variable override any of these settings by its key.
 */
public final class LnetNodeDialog extends DefaultNodeSettingsPane {

    private final List<Parameter> parameters;
    private final List<SettingsModel> models;

    public LnetNodeDialog(LinearNetworkNode<?> node) {
        this.parameters = node.parameters();
        this.models = LnetSettingsModels.createAll(parameters);
        boolean columns = parameters.stream().anyMatch(p -> p.kind() == Parameter.Kind.COLUMNS);
        if (columns) {
            createNewGroup("Columns");
            add(Parameter.Kind.COLUMNS, true);
            closeCurrentGroup();
        }
        createNewGroup(node.info().name());
        add(Parameter.Kind.COLUMNS, false);
        closeCurrentGroup();
    }

    private void add(Parameter.Kind kind, boolean matching) {
        for (int i = 0; i < parameters.size(); i++) {
            if ((parameters.get(i).kind() == kind) == matching) {
                DialogComponent c = component(parameters.get(i), models.get(i));
                c.setToolTipText(tooltip(parameters.get(i)));
                addDialogComponent(c);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static DialogComponent component(Parameter p, SettingsModel m) {
        return switch (p.kind()) {
            case DOUBLE, LONG -> new DialogComponentNumberEdit((SettingsModelNumber) m, p.label(), 14);
            case BOOLEAN -> new DialogComponentBoolean((SettingsModelBoolean) m, p.label());
            case CHOICE -> new DialogComponentStringSelection((SettingsModelString) m, p.label(), p.choices());
            case TEXT -> new DialogComponentString((SettingsModelString) m, p.label());
            case COLUMNS -> {
                DialogComponentColumnFilter f = new DialogComponentColumnFilter((SettingsModelFilterString) m, p.port(),
                    false, DoubleValue.class);
                f.setIncludeTitle(p.label());
                f.setExcludeTitle("Not used");
                yield f;
            }
        };
    }

    private static String tooltip(Parameter p) {
        String range = p.rangeText();
        return p.description() + (range.isEmpty() ? "" : " Range: " + range + ".")
            + (p.kind() == Parameter.Kind.COLUMNS ? "" : " Default: " + p.defaultText().toLowerCase(Locale.ROOT) + ".");
    }

    /** Shows the automatic column choice, for the current table, in selections the user has left empty. */
    @Override
    public void loadAdditionalSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException {
        NetworkSpec network = null;
        for (PortObjectSpec s : specs) {
            if (s instanceof LinearNetworkPortObjectSpec n) {
                network = n.networkSpec();
            }
        }
        MapSettingsStore current = LnetSettingsModels.toStore(parameters, models);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.kind() != Parameter.Kind.COLUMNS || !p.readColumns(current).isEmpty()
                || !(specs[p.port()] instanceof DataTableSpec table)) {
                continue;
            }
            TableSpec spec = KnimeTables.toSpec(table);
            List<String> chosen = automatic(p, spec, current, network);
            if (!chosen.isEmpty()) {
                List<String> excluded = new ArrayList<>(spec.numericNames());
                excluded.removeAll(chosen);
                ((SettingsModelFilterString) models.get(i)).setNewValues(chosen, excluded, false);
            }
        }
    }

    private List<String> automatic(Parameter p, TableSpec spec, MapSettingsStore current, NetworkSpec network) {
        List<String> inputs = List.of();
        List<String> targets = List.of();
        for (Parameter q : parameters) {
            if (q.kind() == Parameter.Kind.COLUMNS && q.port() == p.port()) {
                if (q.columnRole() == Parameter.ColumnRole.INPUTS) {
                    inputs = q.readColumns(current);
                } else {
                    targets = q.readColumns(current);
                }
            }
        }
        boolean hasTargets = parameters.stream().anyMatch(q -> q.columnRole() == Parameter.ColumnRole.TARGETS);
        try {
            if (!hasTargets) {
                return ColumnSelection.resolveInputs(spec, inputs, network);
            }
            ColumnSelection sel = ColumnSelection.resolve(spec, inputs, targets, network);
            return p.columnRole() == Parameter.ColumnRole.INPUTS ? sel.inputs() : sel.targets();
        } catch (InvalidInputException e) {
            // nothing sensible to suggest; configure will explain the problem
            return List.of();
        }
    }
}
