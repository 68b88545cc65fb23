package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Test-scope copy of KNIME's {@code NodeSettingsRO} (knime-core {@code org/knime/core/node/NodeSettingsRO.java}). */
public interface NodeSettingsRO extends ConfigRO {
    public NodeSettingsRO getNodeSettings(final String key) throws InvalidSettingsException;
}
