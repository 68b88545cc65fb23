package org.knime.core.node.defaultnodesettings;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelNumber} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelNumber.java}).
 *
 * @param <V> the number's type
 */
public abstract class SettingsModelNumber<V extends Number> extends SingleValueSettingsModel<V> {
    SettingsModelNumber(String configName, V defaultValue) {
        super(configName, defaultValue);
    }
}
