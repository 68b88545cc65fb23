package org.knime.core.node.config;

import java.util.Set;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Test-scope copy of KNIME's {@code ConfigRO} (knime-core {@code org/knime/core/node/config/ConfigRO.java}) with the
 * members the test-scope settings models read ({@code getConfig}, {@code keySet} of knime-shared's
 * {@code ConfigBase.java}), without its {@code TreeNode} side (a Swing tree view of the settings no test needs). The
 * typed getters are the shim's {@code ConfigBaseRO}.
 */
public interface ConfigRO extends ConfigBaseRO {
    /** The sub-config under the key; InvalidSettingsException when there is none. */
    public ConfigRO getConfig(final String key) throws InvalidSettingsException;

    public Set<String> keySet();
}
