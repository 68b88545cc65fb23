package org.lnet.build;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * 16 x 16 node icons drawn with shapes only (no fonts, so they render the same in any headless build): a tinted
 * rounded square with a small network, inputs on the left, hidden units in the middle, outputs on the right. The
 * tint tells the node apart; the number of hidden units hints at the kind (initializers wide, tools narrow).
 */
public final class NodeIcons {

    private NodeIcons() {
    }

    /**
     * @param rgb the tint
     * @param hidden number of hidden units drawn (1 to 3)
     */
    public static byte[] png(int rgb, int hidden) {
        return png(rgb, hidden, 16);
    }

    /**
     * The same icon drawn at {@code size} x {@code size} pixels (Weka's KnowledgeFlow shows step icons of about 57
     * pixels on its canvas and a third of that in its palette).
     */
    public static byte[] png(int rgb, int hidden, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 16.0, size / 16.0);
        Color tint = new Color(rgb);
        g.setColor(tint);
        g.fill(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 5, 5));
        g.setColor(tint.darker());
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 5, 5));
        double[] in = {5, 11};
        double[] mid = hidden == 1 ? new double[] {8} : hidden == 2 ? new double[] {5, 11} : new double[] {3.5, 8, 12.5};
        double[] out = {8};
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(0.8f));
        for (double a : in) {
            for (double b : mid) {
                g.draw(new Line2D.Double(3.5, a, 8, b));
            }
        }
        for (double b : mid) {
            for (double c : out) {
                g.draw(new Line2D.Double(8, b, 12.5, c));
            }
        }
        g.setColor(Color.WHITE);
        for (double a : in) {
            dot(g, 3.5, a);
        }
        for (double b : mid) {
            dot(g, 8, b);
        }
        for (double c : out) {
            dot(g, 12.5, c);
        }
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void dot(Graphics2D g, double x, double y) {
        g.fill(new Ellipse2D.Double(x - 1.6, y - 1.6, 3.2, 3.2));
    }
}
