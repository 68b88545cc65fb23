package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelFilterString} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelFilterString.java}): a sub-config under the config name
 * with the string arrays {@code InclList} and {@code ExclList} and the boolean {@code keep_all_columns_selected}
 * (absent: false), model id {@code SMID_filterString}. Validation needs both arrays.
 */
public class SettingsModelFilterString extends SettingsModel {
    private static final String INCL = "InclList";
    private static final String EXCL = "ExclList";
    private static final String KEEP_ALL = "keep_all_columns_selected";

    private final String configName;
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private boolean keepAll;

    public SettingsModelFilterString(final String configName) {
        this(configName, new String[0], new String[0]);
    }

    public SettingsModelFilterString(final String configName, final String[] defaultInclList,
        final String[] defaultExclList) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        this.configName = configName;
        include.addAll(Arrays.asList(defaultInclList));
        exclude.addAll(Arrays.asList(defaultExclList));
    }

    public void setIncludeList(final Collection<String> newValue) {
        setNewValues(newValue, exclude, keepAll);
    }

    public List<String> getIncludeList() {
        return Collections.unmodifiableList(new ArrayList<>(include));
    }

    public void setExcludeList(final Collection<String> newValue) {
        setNewValues(include, newValue, keepAll);
    }

    public List<String> getExcludeList() {
        return Collections.unmodifiableList(new ArrayList<>(exclude));
    }

    public boolean isKeepAllSelected() {
        return keepAll;
    }

    public final void setNewValues(final Collection<String> incl, final Collection<String> excl,
        final boolean keepAll) {
        List<String> newIncl = incl == null ? List.of() : new ArrayList<>(incl);
        List<String> newExcl = excl == null ? List.of() : new ArrayList<>(excl);
        boolean changed = !newIncl.equals(include) || !newExcl.equals(exclude) || keepAll != this.keepAll;
        include.clear();
        include.addAll(newIncl);
        exclude.clear();
        exclude.addAll(newExcl);
        this.keepAll = keepAll;
        if (changed) {
            notifyChangeListeners();
        }
    }

    @Override
    protected SettingsModelFilterString createClone() {
        SettingsModelFilterString c = new SettingsModelFilterString(configName, include.toArray(new String[0]),
            exclude.toArray(new String[0]));
        c.keepAll = keepAll;
        return c;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_filterString";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        ConfigRO lists = settings.getConfig(configName);
        lists.getStringArray(INCL);
        lists.getStringArray(EXCL);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        ConfigRO lists = settings.getConfig(configName);
        String[] incl = lists.getStringArray(INCL);
        String[] excl = lists.getStringArray(EXCL);
        setNewValues(incl == null ? null : Arrays.asList(incl), excl == null ? null : Arrays.asList(excl),
            lists.getBoolean(KEEP_ALL, false));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        ConfigWO lists = settings.addConfig(configName);
        lists.addStringArray(INCL, include.toArray(new String[0]));
        lists.addStringArray(EXCL, exclude.toArray(new String[0]));
        lists.addBoolean(KEEP_ALL, keepAll);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
