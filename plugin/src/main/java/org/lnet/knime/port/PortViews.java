package org.lnet.knime.port;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** The text view KNIME shows in a network port's tab. */
final class PortViews {
    private PortViews() {
    }

    static JComponent text(String title, String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        JScrollPane pane = new JScrollPane(area);
        pane.setName(title);
        return pane;
    }
}
