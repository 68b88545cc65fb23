package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface NodeSettingsRO extends ConfigRO {
}
