package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModel} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModel.java}). Kept from KNIME: {@link #saveSettingsTo}
 * writes the value (by the subclass) and a sub-config {@code <configName>_Internals} with {@code SettingsModelID} and
 * {@code EnabledStatus}; {@link #loadSettingsFrom} reads the internals when present (older settings without them still
 * load), then the value, whose error is dropped for a disabled model; {@link #validateSettings} checks the value only
 * when the saved status is enabled and leaves the model unchanged. A saved model id other than this model's is
 * KNIME's assertion error.
 */
public abstract class SettingsModel {
    static final String CFGKEY_INTERNAL = "_Internals";
    private static final String CFGKEY_MODELID = "SettingsModelID";
    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private boolean enabled = true;
    private final List<ChangeListener> listeners = new ArrayList<>();

    public SettingsModel() {
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    public void addChangeListener(final ChangeListener l) {
        if (!listeners.contains(l)) {
            listeners.add(l);
        }
    }

    protected void notifyChangeListeners() {
        for (ChangeListener l : List.copyOf(listeners)) {
            l.stateChanged(new ChangeEvent(this));
        }
    }

    public void setEnabled(final boolean enabled) {
        boolean changed = this.enabled != enabled;
        this.enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean before = enabled;
        readEnableStatusAndCheckModelID(settings);
        boolean saved = enabled;
        enabled = before;
        if (saved) {
            validateSettingsForModel(settings);
        }
    }

    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readEnableStatusAndCheckModelID(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (enabled) {
                throw e;
            }
        }
    }

    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        ConfigWO internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, enabled);
        saveSettingsForModel(settings);
    }

    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    private void readEnableStatusAndCheckModelID(NodeSettingsRO settings) throws InvalidSettingsException {
        ConfigRO internals;
        try {
            internals = settings.getConfig(getConfigName() + CFGKEY_INTERNAL);
        } catch (InvalidSettingsException e) {
            return; // settings of older versions have no internals
        }
        String id = internals.getString(CFGKEY_MODELID);
        enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
        if (!getModelTypeID().equals(id)) {
            throw new AssertionError("Incorrect Implementation: The SettingsModel used to write the values is "
                + "different from the one that reads them. (WriteID = " + id + ", ReadID = " + getModelTypeID() + ")");
        }
    }

    @Override
    public abstract String toString();
}
