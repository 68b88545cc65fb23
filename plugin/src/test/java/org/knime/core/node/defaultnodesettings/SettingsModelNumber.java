package org.knime.core.node.defaultnodesettings;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelNumber} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelNumber.java}).
 */
public abstract class SettingsModelNumber extends SettingsModel {
}
