package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class SettingsModelNumber extends SettingsModel {
    abstract String getNumberValueStr();

    abstract void setNumberValueStr(final String newValueStr);
}
