package org.knime.core.node.config.base;

/** Shim of KNIME's interface (knime-shared): the project writes settings only through SettingsModels. */
public interface ConfigBaseWO {
}
