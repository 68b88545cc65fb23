package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface ConfigWO extends ConfigBaseWO {
}
