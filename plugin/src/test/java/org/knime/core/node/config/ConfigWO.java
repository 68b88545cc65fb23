package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Test-scope copy of KNIME's {@code ConfigWO} (knime-core {@code org/knime/core/node/config/ConfigWO.java}). */
public interface ConfigWO extends ConfigBaseWO {
    /** A new, empty sub-config under the key (replacing an entry of that key). */
    public ConfigWO addConfig(final String key);
}
