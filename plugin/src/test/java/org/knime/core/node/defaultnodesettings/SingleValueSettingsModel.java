package org.knime.core.node.defaultnodesettings;

import java.util.Objects;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-only (no KNIME class): what the test-scope SettingsModelDouble, Long, Boolean and String share, each a single
 * entry under its config name, as in KNIME. A non-empty config name is required (KNIME: "The configName must be a
 * non-empty string"); a changed value notifies the change listeners.
 *
 * @param <V> the value's type
 */
abstract class SingleValueSettingsModel<V> extends SettingsModel {
    private final String configName;
    private V value;

    SingleValueSettingsModel(String configName, V defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        this.configName = configName;
        this.value = defaultValue;
    }

    final V value() {
        return value;
    }

    final void value(V newValue) {
        boolean changed = !Objects.equals(value, newValue);
        value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    /** The entry KNIME's model validates: its getter without default, which throws when the entry is absent. */
    abstract void readEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException;

    /** The value KNIME's model loads. */
    abstract V loadEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException;

    abstract void saveEntry(NodeSettingsWO settings, String key, V v);

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        readEntry(settings, configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        value(loadEntry(settings, configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        saveEntry(settings, configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
