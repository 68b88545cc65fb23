package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface NodeSettingsWO extends ConfigWO {
}
