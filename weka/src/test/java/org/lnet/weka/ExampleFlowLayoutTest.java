package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.ImageIcon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.core.json.JSONNode;
import weka.gui.knowledgeflow.StepVisual;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.KFDefaults;

/**
 * The example flows, drawn as KnowledgeFlow 3.8.6 draws them, have nothing written over anything else: no connection
 * label over another label, a step or a step's name, no step name over another step, no connection passing through
 * a step it does not join or through the names of the steps it joins. The geometry is Weka's
 * (weka.gui.knowledgeflow.LayoutPanel#paintStepLabels and #paintConnections, StepVisual#getClosestConnectorPoint and
 * its icon + 10 px size, KFDefaults.STEP_LABEL_FONT_SIZE), the coordinates and connections are read with Weka's JSON
 * reader, and the icons are those of the steps as Weka loads them from the file. Screenshots of the GUI showed the
 * same overlaps as this check on the old layout.
 */
class ExampleFlowLayoutTest {

    /** Boxes are grown by this much so that text does not touch either. */
    static final int MARGIN = 2;

    static Stream<Path> flows() {
        return Stream.of(ExampleFlowsTest.MIN_NORM_FLOW, ExampleFlowsTest.SWEEP_FLOW);
    }

    record Visual(String name, Rectangle box, List<Rectangle> label) {
        int midX() {
            return box.x + box.width / 2;
        }

        int midY() {
            return box.y + box.height / 2;
        }

        /** StepVisual.getClosestConnectorPoint: the middle of the side facing the other point. */
        int[] connector(int x, int y) {
            int cx = Math.abs(x - midX()) < Math.abs(y - midY()) ? midX() : x < midX() ? box.x : box.x + box.width;
            int cy = Math.abs(y - midY()) < Math.abs(x - midX()) ? midY() : y < midY() ? box.y : box.y + box.height;
            return new int[] {cx, cy};
        }
    }

    record Connection(String type, Visual from, Visual to, Line2D line, Rectangle label) {
    }

    static FontMetrics metrics() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        return image.createGraphics().getFontMetrics(new Font(null, Font.PLAIN, KFDefaults.STEP_LABEL_FONT_SIZE));
    }

    static Rectangle text(FontMetrics fm, String s, int x, int baseline) {
        return new Rectangle(x, baseline - fm.getAscent(), fm.stringWidth(s), fm.getAscent() + fm.getDescent());
    }

    /** LayoutPanel#paintStepLabels: centred below the icon, split in two at a capital or blank near the middle. */
    static List<Rectangle> stepLabel(FontMetrics fm, String label, Rectangle box) {
        int hf = fm.getAscent();
        int centre = box.x + box.width / 2;
        int base = box.y + box.height + hf + 2;
        if (fm.stringWidth(label) >= box.width) {
            int mid = label.length() / 2;
            int split = -1;
            for (int z = 0; z < label.length(); z++) {
                if (label.charAt(z) < 'a' && (split < 0 || Math.abs(mid - z) < Math.abs(mid - split))) {
                    split = z;
                }
            }
            if (split > 1 && label.length() - split > 1) {
                String left = label.substring(0, split);
                String right = label.substring(split);
                return List.of(text(fm, left, centre - fm.stringWidth(left) / 2, base),
                    text(fm, right, centre - fm.stringWidth(right) / 2, base + hf));
            }
        }
        return List.of(text(fm, label, centre - fm.stringWidth(label) / 2, base));
    }

    static JSONNode read(Path kf) throws Exception {
        try (Reader r = Files.newBufferedReader(kf, StandardCharsets.UTF_8)) {
            return JSONNode.read(r);
        }
    }

    /** Each step's box and name; the icons are those of the steps as KnowledgeFlow loads them from the file. */
    static Map<String, Visual> visuals(Path kf, JSONNode steps, FontMetrics fm) throws Exception {
        Flow flow = KfRun.load(kf);
        Map<String, Visual> out = new LinkedHashMap<>();
        for (int i = 0; i < steps.getChildCount(); i++) {
            JSONNode s = (JSONNode) steps.getChildAt(i);
            String name = s.getChild("properties").getChild("name").getValue().toString();
            ImageIcon icon = StepVisual.iconForStep(flow.findStep(name).getManagedStep());
            String[] xy = s.getChild("coordinates").getValue().toString().split(",");
            Rectangle box = new Rectangle(Integer.parseInt(xy[0]), Integer.parseInt(xy[1]), icon.getIconWidth() + 10,
                icon.getIconHeight() + 10);
            out.put(name, new Visual(name, box, stepLabel(fm, name, box)));
        }
        return out;
    }

    /** LayoutPanel#paintConnections: a line between facing connectors, its type written from the midpoint. */
    static List<Connection> connections(JSONNode steps, Map<String, Visual> visuals, FontMetrics fm) {
        List<Connection> out = new ArrayList<>();
        for (int i = 0; i < steps.getChildCount(); i++) {
            JSONNode s = (JSONNode) steps.getChildAt(i);
            Visual from = visuals.get(s.getChild("properties").getChild("name").getValue().toString());
            JSONNode cons = s.getChild("connections");
            List<String> earlierTargets = new ArrayList<>();
            for (int c = 0; c < cons.getChildCount(); c++) {
                JSONNode con = (JSONNode) cons.getChildAt(c);
                List<String> targets = new ArrayList<>();
                for (int t = 0; t < con.getChildCount(); t++) {
                    targets.add(((JSONNode) con.getChildAt(t)).getValue().toString());
                }
                for (String target : targets) {
                    Visual to = visuals.get(target);
                    int[] sp = from.connector(to.midX(), to.midY());
                    int[] tp = to.connector(from.midX(), from.midY());
                    int midx = sp[0] + (tp[0] - sp[0]) / 2;
                    int midy = sp[1] + (tp[1] - sp[1]) / 2 - 2;
                    if (earlierTargets.contains(target)) {
                        midy -= 15; // a second connection between the same steps is labelled higher up
                    }
                    out.add(new Connection(con.getName(), from, to, new Line2D.Double(sp[0], sp[1], tp[0], tp[1]),
                        text(fm, con.getName(), midx, midy)));
                }
                earlierTargets.addAll(targets);
            }
        }
        return out;
    }

    static Rectangle grown(Rectangle r) {
        Rectangle g = new Rectangle(r);
        g.grow(MARGIN, MARGIN);
        return g;
    }

    /** Everything drawn over something else, described. */
    static List<String> overlaps(Path kf) throws Exception {
        FontMetrics fm = metrics();
        JSONNode steps = read(kf).getChild("steps");
        Map<String, Visual> visuals = visuals(kf, steps, fm);
        List<Connection> connections = connections(steps, visuals, fm);
        Set<String> out = new LinkedHashSet<>();
        List<Visual> all = new ArrayList<>(visuals.values());
        for (int i = 0; i < all.size(); i++) {
            Visual a = all.get(i);
            for (Visual b : all.subList(i + 1, all.size())) {
                if (grown(a.box).intersects(b.box)) {
                    out.add("steps " + a.name + " and " + b.name + " overlap");
                }
            }
            for (Visual b : all) {
                for (Rectangle l : a.label) {
                    if (b != a && (grown(l).intersects(b.box) || b.label.stream().anyMatch(grown(l)::intersects))) {
                        out.add("the name of " + a.name + " is written over " + b.name);
                    }
                }
            }
        }
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            String what = "the " + c.type + " label of " + c.from.name + " -> " + c.to.name;
            for (Connection d : connections.subList(i + 1, connections.size())) {
                if (grown(c.label).intersects(d.label)) {
                    out.add(what + " overlaps the " + d.type + " label of " + d.from.name + " -> " + d.to.name);
                }
            }
            for (Visual v : all) {
                if (grown(c.label).intersects(v.box) || v.label.stream().anyMatch(grown(c.label)::intersects)) {
                    out.add(what + " is written over the step " + v.name);
                }
                Rectangle inner = new Rectangle(v.box);
                inner.grow(-MARGIN, -MARGIN);
                if (v != c.from && v != c.to && c.line.intersects(inner)) {
                    out.add("the " + c.type + " connection " + c.from.name + " -> " + c.to.name + " crosses the step "
                        + v.name);
                }
                // the names of its own ends: an arrow leaving or entering below an icon would strike out its name
                if ((v == c.from || v == c.to) && v.label.stream().anyMatch(c.line::intersects)) {
                    out.add("the " + c.type + " connection " + c.from.name + " -> " + c.to.name + " strikes out the "
                        + "name of " + v.name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    @ParameterizedTest
    @MethodSource("flows")
    void nothingIsDrawnOverAnythingElse(Path kf) throws Exception {
        assertEquals(List.of(), overlaps(kf), kf.getFileName().toString());
    }

    /** Moves a step of a .kf text to new coordinates. */
    static String move(String json, String step, int x, int y) {
        // from the step's name, past its properties and connections, to its coordinates
        Matcher m = Pattern.compile("(\"name\" : \"" + Pattern.quote(step)
            + "\"[^}]*?\\}[\\s\\S]*?\"coordinates\" : \")[0-9]+,[0-9]+").matcher(json);
        assertTrue(m.find(), step);
        return json.substring(0, m.start()) + m.group(1) + x + "," + y + json.substring(m.end());
    }

    /**
     * The check finds what screenshots of the old layout showed: a viewer 80 px below a saver (their names 2 lines
     * high) gets the saver's name written over it, and a connection from Class = y straight through Random
     * Initializer to the Gradient Flow Trainer.
     */
    @Test
    void theCheckFindsTheOldLayoutsFaults() throws Exception {
        String json = Files.readString(ExampleFlowsTest.MIN_NORM_FLOW, StandardCharsets.UTF_8);
        json = move(json, "Save theta_hat.csv", 540, 40);
        json = move(json, "Min-norm tables", 540, 120);
        json = move(json, "Class = y", 160, 200);
        json = move(json, "Random Initializer", 340, 200);
        json = move(json, "Gradient Flow Trainer", 540, 200);
        Path old = KfRun.freshDir("layout-old").resolve("old.kf");
        Files.writeString(old, json, StandardCharsets.UTF_8);
        List<String> found = overlaps(old);
        assertTrue(found.contains("the name of Save theta_hat.csv is written over Min-norm tables"), found.toString());
        assertTrue(found.contains("the dataSet connection Class = y -> Gradient Flow Trainer crosses the step Random "
            + "Initializer"), found.toString());
    }
}
