package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.border.TitledBorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.node.Parameter;
import org.lnet.weka.steps.GradientFlowTrainerStep;
import org.lnet.weka.steps.RandomInitializerStep;
import weka.core.Environment;
import weka.gui.EnvironmentField;

/**
 * The settings dialog KnowledgeFlow opens for our steps, built headless as KnowledgeFlow builds it
 * (setEnvironment, then setStepToEdit): one row per parameter in the node layer's order, labelled by the parameter's
 * label, a drop-down holding exactly the choices for each choice and on/off setting, Weka's variable-aware text field
 * for the rest; OK writes the edits into the step and a bad value is caught with the node layer's message.
 */
class LnetStepEditorDialogTest {

    /** The dialog, built on Swing's event thread as KnowledgeFlow builds it (text layout is not thread-safe). */
    static LnetStepEditorDialog dialog(LnetStep<?> step) {
        LnetStepEditorDialog[] d = new LnetStepEditorDialog[1];
        onEventThread(() -> {
            d[0] = new LnetStepEditorDialog();
            d[0].setEnvironment(Environment.getSystemWide());
            d[0].setStepToEdit(step);
        });
        return d[0];
    }

    static void onEventThread(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels of the settings (each labels its editor). */
    static List<JLabel> labels(Container c) {
        List<JLabel> out = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getLabelFor() != null) {
                out.add(l);
            } else if (child instanceof Container inner) {
                out.addAll(labels(inner));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.lnet.weka.StepsTest#steps")
    void everySettingInTheNodesOrderWithItsLabelAndTheRightEditor(Class<? extends LnetStep<?>> c) {
        LnetStep<?> step = StepsTest.create(c);
        LnetStepEditorDialog d = dialog(step);
        List<Parameter> parameters = step.node().parameters();
        assertEquals(parameters.stream().map(Parameter::label).toList(),
            labels(d.settingsPanel()).stream().map(JLabel::getText).toList(), "labels, in the node's order");
        assertEquals(parameters.stream().map(Parameter::key).toList(), List.copyOf(d.editors().keySet()));
        assertEquals(step.node().info().name() + " settings",
            ((TitledBorder) d.settingsPanel().getBorder()).getTitle(), "titled by the step, not its class");
        for (Parameter p : parameters) {
            JComponent editor = d.editors().get(p.key());
            assertEquals(StepHelp.tooltip(p), editor.getToolTipText(), p.key());
            switch (p.kind()) {
                case CHOICE -> assertEquals(p.choices(), items(editor), p.key());
                case BOOLEAN -> assertEquals(List.of("False", "True"), items(editor), p.key());
                default -> assertInstanceOf(EnvironmentField.class, editor, p.key() + " is text with variables");
            }
        }
        assertEquals(defaults(step), d.editedTexts(), "the editors start at the step's settings");
    }

    static List<String> items(JComponent editor) {
        JComboBox<?> box = assertInstanceOf(JComboBox.class, editor);
        assertTrue(!box.isEditable(), "a drop-down, not free text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < box.getItemCount(); i++) {
            out.add((String) box.getItemAt(i));
        }
        return out;
    }

    static Map<String, String> defaults(LnetStep<?> step) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Parameter p : step.node().parameters()) {
            out.put(p.key(), step.settingText(p.key()));
        }
        return out;
    }

    @Test
    void okWritesTheEditsAndCancelLeavesTheStepAlone() {
        GradientFlowTrainerStep step = new GradientFlowTrainerStep();
        LnetStepEditorDialog d = dialog(step);
        onEventThread(() -> {
            ((JComboBox<?>) d.editors().get("method")).setSelectedItem("gd");
            ((EnvironmentField) d.editors().get("lr")).setText("0.05");
        });
        assertEquals("flow", step.getMethod(), "nothing changes before OK");
        assertNull(d.problem());
        onEventThread(d::okPressed);
        assertEquals("gd", step.getMethod());
        assertEquals("0.05", step.getLr());

        RandomInitializerStep init = new RandomInitializerStep();
        LnetStepEditorDialog flags = dialog(init);
        onEventThread(() -> ((JComboBox<?>) flags.editors().get("implicitWidth")).setSelectedItem("True"));
        assertTrue(!init.getImplicitWidth(), "only OK writes (Cancel closes without calling it)");
        onEventThread(flags::okPressed);
        assertTrue(init.getImplicitWidth(), "True becomes the boolean property");
    }

    @Test
    void aBadValueIsRefusedWithTheNodeLayersMessageAndAVariableIsLeftToTheRun() {
        GradientFlowTrainerStep step = new GradientFlowTrainerStep();
        LnetStepEditorDialog d = dialog(step);
        onEventThread(() -> ((EnvironmentField) d.editors().get("time")).setText("-1"));
        assertEquals("Setting 'Time horizon T (flow)' (time) must be greater than 0, not -1.0.", d.problem());
        onEventThread(() -> ((EnvironmentField) d.editors().get("time")).setText("${lnet.notYetDefined}"));
        assertNull(d.problem(), "only the running flow knows that variable");
    }

    @Test
    void aChoiceHoldingAVariableKeepsIt() {
        GradientFlowTrainerStep step = new GradientFlowTrainerStep();
        step.setLoss("${lossConvention}");
        LnetStepEditorDialog d = dialog(step);
        assertEquals(List.of("sum", "mean", "${lossConvention}"), items(d.editors().get("loss")));
        assertEquals("${lossConvention}", d.editedTexts().get("loss"));
    }
}
