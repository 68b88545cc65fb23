package org.lnet.build;

import java.util.List;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import org.lnet.node.SettingsStore;

/**
 * A node's settings in the layout its KNIME SettingsModels write (see the plugin's LnetSettingsModels): for each
 * parameter a {@code <key>_Internals} config (SettingsModelID, EnabledStatus) followed by the value: an xdouble
 * (SettingsModelDouble, "SMID_double"), an xlong (SettingsModelLong, "SMN_long"), an xboolean (SettingsModelBoolean,
 * "SMID_boolean"), an xstring (SettingsModelString, "SMID_string"), or for column selections the
 * SettingsModelFilterString config with InclList, ExclList and keep_all_columns_selected ("SMID_filterString").
 */
public final class SettingsLayout {

    private SettingsLayout() {
    }

    private static String modelId(Parameter p) {
        return switch (p.kind()) {
            case DOUBLE -> "SMID_double";
            case LONG -> "SMN_long";
            case BOOLEAN -> "SMID_boolean";
            case CHOICE, TEXT -> "SMID_string";
            case COLUMNS -> "SMID_filterString";
        };
    }

    /**
     * The node's "model" config for these settings, validated by the node layer first, every parameter written
     * (absent ones with their defaults), as KNIME writes a node's settings.
     */
    public static KnimeConfig model(LinearNetworkNode<?> node, SettingsStore settings) {
        MapSettingsStore canonical = new MapSettingsStore();
        node.load(settings).save(canonical);
        KnimeConfig model = new KnimeConfig("model");
        for (Parameter p : node.parameters()) {
            model.config(p.key() + "_Internals").string("SettingsModelID", modelId(p)).bool("EnabledStatus", true);
            switch (p.kind()) {
                case DOUBLE -> model.xdouble(p.key(), p.readDouble(canonical));
                case LONG -> model.xlong(p.key(), p.readLong(canonical));
                case BOOLEAN -> model.bool(p.key(), p.readBoolean(canonical));
                case CHOICE -> model.string(p.key(), p.readChoice(canonical));
                case TEXT -> model.string(p.key(), p.readText(canonical));
                case COLUMNS -> {
                    KnimeConfig lists = model.config(p.key());
                    lists.strings("InclList", p.readColumns(canonical));
                    lists.strings("ExclList", List.of());
                    lists.bool("keep_all_columns_selected", false);
                }
            }
        }
        return model;
    }

    /**
     * Reads a "model" config back into a node-layer store; a parameter whose key is absent is left out, so it takes
     * its default when the node layer loads the store. An entry of the wrong type is an error naming the key.
     */
    public static MapSettingsStore read(LinearNetworkNode<?> node, KnimeConfig model) {
        MapSettingsStore store = new MapSettingsStore();
        for (Parameter p : node.parameters()) {
            if (p.kind() == Parameter.Kind.COLUMNS) {
                KnimeConfig lists = model.getConfig(p.key());
                if (lists != null) {
                    List<String> incl = lists.getStrings("InclList");
                    if (incl == null) {
                        throw new IllegalArgumentException("'" + p.key() + "' has no InclList");
                    }
                    store.putStringArray(p.key(), incl.toArray(new String[0]));
                }
                continue;
            }
            KnimeConfig.Entry e = model.getEntry(p.key());
            if (e == null) {
                continue;
            }
            String expected = switch (p.kind()) {
                case DOUBLE -> "xdouble";
                case LONG -> "xlong";
                case BOOLEAN -> "xboolean";
                default -> "xstring";
            };
            if (!expected.equals(e.type())) {
                throw new IllegalArgumentException("'" + p.key() + "' is " + e.type() + " but must be " + expected);
            }
            switch (p.kind()) {
                case DOUBLE -> store.putDouble(p.key(), Double.parseDouble(e.value()));
                case LONG -> store.putLong(p.key(), Long.parseLong(e.value()));
                case BOOLEAN -> store.putBoolean(p.key(), Boolean.parseBoolean(e.value()));
                default -> store.putString(p.key(), e.value() == null ? "" : e.value());
            }
        }
        return store;
    }
}
