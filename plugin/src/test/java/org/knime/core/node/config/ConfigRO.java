package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Test-scope copy of KNIME's {@code ConfigRO} (knime-core {@code org/knime/core/node/config/ConfigRO.java}) without
 * its {@code TreeNode} side (a Swing tree view of the settings, which no test needs).
 */
public interface ConfigRO extends ConfigBaseRO {
    /** The sub-config under the key; InvalidSettingsException when there is none. */
    public ConfigRO getConfig(final String key) throws InvalidSettingsException;
}
