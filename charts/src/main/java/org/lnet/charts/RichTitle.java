package org.lnet.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * A chart title or subtitle of one or more centred lines with real sub- and superscripts (JFreeChart's TextTitle draws
 * plain strings only). Lines break where the caller breaks them, and a line wider than the chart also at spaces
 * ({@link RichText#wrap}).
 */
final class RichTitle extends Title {
    private static final long serialVersionUID = 1L;

    private final transient List<List<RichText.Run>> lines;
    private final transient Font font;
    private final transient Paint paint;
    /** The lines as last arranged (wrapped to the width then available), drawn by {@link #draw}. */
    private transient List<List<RichText.Run>> arranged;

    private RichTitle(List<List<RichText.Run>> lines, Font font, Paint paint) {
        this.lines = lines;
        this.font = font;
        this.paint = paint;
        setPadding(new RectangleInsets(2, 4, 2, 4));
    }

    /** Lines in {@link RichText} markup. */
    static RichTitle markup(Font font, String... lines) {
        List<List<RichText.Run>> out = new ArrayList<>();
        for (String line : lines) {
            out.add(RichText.parse(line));
        }
        return new RichTitle(out, font, Color.BLACK);
    }

    /** One line taken as it is (a title the host or the user chose). */
    static RichTitle literal(Font font, String line) {
        return new RichTitle(List.of(RichText.literalRuns(line)), font, Color.BLACK);
    }

    /** The characters of every RichTitle of a chart, line by line (what a reader sees, for tests). */
    static String text(JFreeChart chart) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof RichTitle t) {
                for (List<RichText.Run> line : t.lines) {
                    line.forEach(r -> b.append(r.text()));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double available = constraint.getWidthConstraintType() == org.jfree.chart.block.LengthConstraintType.NONE
            ? Double.POSITIVE_INFINITY : constraint.getWidthRange().getUpperBound();
        arranged = wrap(g2, available - calculateTotalWidth(0));
        Size2D size = RichText.size(g2, arranged, font);
        return constraint.calculateConstrainedSize(new Size2D(calculateTotalWidth(size.width),
            calculateTotalHeight(size.height)));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = trimPadding(trimBorder(trimMargin(area)));
        g2.setPaint(paint);
        double y = inner.getY();
        for (List<RichText.Run> line : arranged != null ? arranged : wrap(g2, inner.getWidth())) {
            y += RichText.ascent(g2, line, font);
            RichText.draw(g2, line, font, inner.getCenterX() - RichText.advance(g2, line, font) / 2, y);
            y += RichText.descent(g2, line, font);
        }
    }

    private List<List<RichText.Run>> wrap(Graphics2D g2, double width) {
        List<List<RichText.Run>> out = new ArrayList<>();
        for (List<RichText.Run> line : lines) {
            out.addAll(RichText.wrap(g2, line, font, width));
        }
        return out;
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }
}
