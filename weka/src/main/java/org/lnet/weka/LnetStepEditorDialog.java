package org.lnet.weka;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;
import weka.gui.EnvironmentField;
import weka.gui.knowledgeflow.StepEditorDialog;
import weka.knowledgeflow.steps.Step;

/**
 * The settings dialog of every Linear Networks step, built from the node layer: the parameters in the node's order,
 * labelled as in KNIME, choices and on/off settings as drop-downs, every other setting as Weka's text field with
 * variables, a short tooltip each, and the help page with the math behind <i>More</i>. OK checks the settings with
 * the node layer and shows its message instead of closing when one is wrong.
 *
 * <p>Weka's generic dialog cannot do this for a step whose settings are described at run time: it orders settings by
 * {@code @OptionMetadata} annotations (compile-time constants) or else alphabetically, labels them by property name,
 * and edits every text property as free text. Edits go to the step only on OK, so Cancel leaves it untouched.
 */
public class LnetStepEditorDialog extends StepEditorDialog {

    private static final long serialVersionUID = 1L;

    /** The current text of each setting's editor, by key, in the node's order. */
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final Map<String, JComponent> editors = new LinkedHashMap<>();
    private final JPanel settingsPanel = new JPanel(new BorderLayout());

    public LnetStepEditorDialog() {
        m_helpBut.setText("More");
    }

    /** Visible to this package's tests; KnowledgeFlow calls it once, before showing the dialog. */
    @Override
    protected void setStepToEdit(Step step) {
        super.setStepToEdit(step);
    }

    private LnetStep<?> step() {
        return (LnetStep<?>) getStepToEdit();
    }

    /** Called by {@link StepEditorDialog#setStepToEdit} after it has built the About panel. */
    @Override
    protected void layoutEditor() {
        LnetStep<?> step = step();
        m_helpText.setLength(0);
        m_helpText.append(step.helpPage());
        JPanel rows = new JPanel(new GridBagLayout());
        int row = 0;
        for (Parameter p : step.node().parameters()) {
            JComponent editor = editor(p, step.settingText(p.key()));
            JLabel label = new JLabel(p.label(), SwingConstants.RIGHT);
            label.setLabelFor(editor);
            String tip = StepHelp.tooltip(p);
            label.setToolTipText(tip);
            editor.setToolTipText(tip);
            GridBagConstraints c = new GridBagConstraints();
            c.gridy = row;
            c.gridx = 0;
            c.anchor = GridBagConstraints.EAST;
            c.insets = new Insets(10, 10, 0, 5);
            rows.add(label, c);
            c = new GridBagConstraints();
            c.gridy = row++;
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.insets = new Insets(10, 5, 0, 10);
            rows.add(editor, c);
            editors.put(p.key(), editor);
        }
        settingsPanel.setBorder(BorderFactory.createTitledBorder(step.node().info().name() + " settings"));
        settingsPanel.add(rows, BorderLayout.NORTH);
        add(new JScrollPane(settingsPanel), BorderLayout.CENTER);
        if (m_parent instanceof Dialog d) {
            d.setTitle(step.getName());
        }
        checkBeforeOk();
    }

    /** A drop-down for choices and on/off settings, Weka's text field with variables for everything else. */
    private JComponent editor(Parameter p, String text) {
        if (p.kind() == Parameter.Kind.CHOICE || p.kind() == Parameter.Kind.BOOLEAN) {
            List<String> items = p.kind() == Parameter.Kind.CHOICE ? p.choices() : List.of("False", "True");
            JComboBox<String> box = new JComboBox<>(items.toArray(new String[0]));
            String current = items.stream().filter(i -> i.equalsIgnoreCase(text.trim())).findFirst().orElse(null);
            if (current == null) {
                box.addItem(text); // e.g. a ${variable} from a hand-edited flow: kept, and checked when it runs
                current = text;
            }
            box.setSelectedItem(current);
            values.put(p.key(), () -> {
                String v = (String) box.getSelectedItem();
                return p.kind() == Parameter.Kind.BOOLEAN ? v.toLowerCase(Locale.ROOT) : v;
            });
            return box;
        }
        EnvironmentField field = new EnvironmentField(m_env);
        field.setText(text);
        values.put(p.key(), field::getText);
        return field;
    }

    /** The panel holding the settings (titled with the step's node), for tests. */
    JPanel settingsPanel() {
        return settingsPanel;
    }

    /** The editor of each setting, by key, in the dialog's order. */
    Map<String, JComponent> editors() {
        return editors;
    }

    /** The settings as the editors show them now, by key. */
    Map<String, String> editedTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, value.get()));
        return out;
    }

    /**
     * The node layer's message about the first bad edited setting, null if they are all valid. A setting whose text
     * still holds a variable after substitution is left to the run, when the flow's variables are known.
     */
    String problem() {
        LnetStep<?> step = step();
        MapSettingsStore store = new MapSettingsStore();
        try {
            for (Map.Entry<String, String> e : editedTexts().entrySet()) {
                String text = e.getValue();
                if (text.contains("${")) {
                    try {
                        text = m_env.substitute(text);
                    } catch (Exception unknownVariable) {
                        continue; // a variable only the running flow defines
                    }
                }
                step.node().parameter(e.getKey()).writeText(store, text);
            }
            step.node().load(store);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /** OK first asks the node layer; a bad setting is shown in a message and the dialog stays open. */
    private void checkBeforeOk() {
        ActionListener[] close = m_okBut.getActionListeners();
        for (ActionListener l : close) {
            m_okBut.removeActionListener(l);
        }
        m_okBut.addActionListener(e -> {
            String problem = problem();
            if (problem != null) {
                JOptionPane.showMessageDialog(this, problem, step().getName(), JOptionPane.WARNING_MESSAGE);
                return;
            }
            for (ActionListener l : close) {
                l.actionPerformed(e);
            }
        });
    }

    /** Writes the edited settings into the step. */
    @Override
    protected void okPressed() {
        editedTexts().forEach(step()::setSettingText);
    }
}
