package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Test-scope copy of KNIME's {@code NodeSettingsWO} (knime-core {@code org/knime/core/node/NodeSettingsWO.java}). */
public interface NodeSettingsWO extends ConfigWO {
    public NodeSettingsWO addNodeSettings(final String key);
}
