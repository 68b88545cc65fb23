package org.lnet.knime.base;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelLong;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;

/**
 * The one place where node-layer {@link Parameter}s become KNIME SettingsModels and back. Model and dialog both
 * create their models with {@link #create}, so every settings key exists once: in the node layer.
 *
 * <p>Layout in KNIME's settings, per kind: DOUBLE a double entry (SettingsModelDouble), LONG a long entry
 * (SettingsModelLong), BOOLEAN a boolean, CHOICE and TEXT a string (SettingsModelString), COLUMNS the
 * SettingsModelFilterString sub-config with the include list (the selected columns) and the exclude list.
 */
public final class LnetSettingsModels {
    private LnetSettingsModels() {
    }

    /** A new SettingsModel holding the parameter's default. */
    public static SettingsModel create(Parameter p) {
        return create(p, p.key());
    }

    private static SettingsModel create(Parameter p, String key) {
        return switch (p.kind()) {
            case DOUBLE -> new SettingsModelDouble(key, (Double) p.defaultValue());
            case LONG -> new SettingsModelLong(key, (Long) p.defaultValue());
            case BOOLEAN -> new SettingsModelBoolean(key, (Boolean) p.defaultValue());
            case CHOICE, TEXT -> new SettingsModelString(key, (String) p.defaultValue());
            case COLUMNS -> new SettingsModelFilterString(key);
        };
    }

    /** New models for all parameters, in order. */
    public static List<SettingsModel> createAll(List<Parameter> parameters) {
        List<SettingsModel> out = new ArrayList<>();
        for (Parameter p : parameters) {
            out.add(create(p));
        }
        return out;
    }

    /** The models' current values as a node-layer settings store. */
    public static MapSettingsStore toStore(List<Parameter> parameters, List<SettingsModel> models) {
        MapSettingsStore store = new MapSettingsStore();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            SettingsModel m = models.get(i);
            switch (p.kind()) {
                case DOUBLE -> p.write(store, ((SettingsModelDouble) m).getDoubleValue());
                case LONG -> p.write(store, ((SettingsModelLong) m).getLongValue());
                case BOOLEAN -> p.write(store, ((SettingsModelBoolean) m).getBooleanValue());
                case CHOICE, TEXT -> {
                    String v = ((SettingsModelString) m).getStringValue();
                    p.write(store, v == null ? "" : v);
                }
                case COLUMNS -> p.write(store, ((SettingsModelFilterString) m).getIncludeList());
            }
        }
        return store;
    }

    /**
     * Loads a model from KNIME settings if they hold its key, and otherwise resets it to the parameter's default:
     * settings saved by an older version without that key then load with the documented default.
     */
    public static void loadOrDefault(Parameter p, SettingsModel model, NodeSettingsRO settings)
        throws InvalidSettingsException {
        if (settings.containsKey(p.key())) {
            model.loadSettingsFrom(settings);
            return;
        }
        // a renamed setting: settings saved before the rename hold it under a former key (Parameter.formerKeys)
        for (String former : p.formerKeys()) {
            if (settings.containsKey(former)) {
                SettingsModel old = create(p, former);
                old.loadSettingsFrom(settings);
                switch (p.kind()) {
                    case DOUBLE -> ((SettingsModelDouble) model).setDoubleValue(((SettingsModelDouble) old)
                        .getDoubleValue());
                    case LONG -> ((SettingsModelLong) model).setLongValue(((SettingsModelLong) old).getLongValue());
                    case BOOLEAN -> ((SettingsModelBoolean) model).setBooleanValue(((SettingsModelBoolean) old)
                        .getBooleanValue());
                    case CHOICE, TEXT -> ((SettingsModelString) model).setStringValue(((SettingsModelString) old)
                        .getStringValue());
                    case COLUMNS -> ((SettingsModelFilterString) model).setNewValues(((SettingsModelFilterString) old)
                        .getIncludeList(), List.of(), false);
                }
                return;
            }
        }
        switch (p.kind()) {
            case DOUBLE -> ((SettingsModelDouble) model).setDoubleValue((Double) p.defaultValue());
            case LONG -> ((SettingsModelLong) model).setLongValue((Long) p.defaultValue());
            case BOOLEAN -> ((SettingsModelBoolean) model).setBooleanValue((Boolean) p.defaultValue());
            case CHOICE, TEXT -> ((SettingsModelString) model).setStringValue((String) p.defaultValue());
            case COLUMNS -> ((SettingsModelFilterString) model).setNewValues(List.of(), List.of(), false);
        }
    }

    /** The KNIME settings as a node-layer store, without touching any existing model. */
    public static MapSettingsStore read(List<Parameter> parameters, NodeSettingsRO settings)
        throws InvalidSettingsException {
        List<SettingsModel> fresh = createAll(parameters);
        for (int i = 0; i < parameters.size(); i++) {
            loadOrDefault(parameters.get(i), fresh.get(i), settings);
        }
        return toStore(parameters, fresh);
    }
}
