package org.lnet.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.AbstractBlock;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.block.CenterArrangement;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendGraphic;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * A legend whose item labels are {@link RichText} markup (LegendTitle draws its labels as plain strings). Everything
 * else, the sample line or shape and the layout, is JFreeChart's.
 */
final class RichLegend extends LegendTitle {
    private static final long serialVersionUID = 1L;

    /** Room for the sample line or shape of an entry and the paddings around it, in pixels. */
    private static final double GRAPHIC_ROOM = 60;
    /** The widest a label may be, set from the room the chart gives the legend each time it is arranged. */
    private double labelWidth = Double.POSITIVE_INFINITY;

    /** One entry per line, left-aligned, whichever edge the legend is at. */
    RichLegend(LegendItemSource source) {
        super(source, new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 1),
            new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 1));
    }

    /** Notes the width available before the entries are built (LegendTitle builds them in arrange). */
    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        labelWidth = constraint.getWidthConstraintType() == LengthConstraintType.NONE ? Double.POSITIVE_INFINITY
            : constraint.getWidthRange().getUpperBound() - calculateTotalWidth(0) - GRAPHIC_ROOM;
        return super.arrange(g2, constraint);
    }

    @Override
    protected Block createLegendItemBlock(LegendItem item) {
        LegendGraphic graphic = new LegendGraphic(item.getShape(), item.getFillPaint());
        graphic.setShapeFilled(item.isShapeFilled());
        graphic.setLine(item.getLine());
        graphic.setLineStroke(item.getLineStroke());
        graphic.setLinePaint(item.getLinePaint());
        graphic.setLineVisible(item.isLineVisible());
        graphic.setShapeVisible(item.isShapeVisible());
        graphic.setShapeOutlineVisible(item.isShapeOutlineVisible());
        graphic.setOutlinePaint(item.getOutlinePaint());
        graphic.setOutlineStroke(item.getOutlineStroke());
        graphic.setPadding(getLegendItemGraphicPadding());
        graphic.setShapeAnchor(getLegendItemGraphicAnchor());
        graphic.setShapeLocation(getLegendItemGraphicLocation());
        BlockContainer entry = new BlockContainer(new BorderArrangement());
        entry.add(graphic, getLegendItemGraphicEdge());
        Font font = item.getLabelFont() != null ? item.getLabelFont() : getItemFont();
        Paint paint = item.getLabelPaint() != null ? item.getLabelPaint() : getItemPaint();
        Label label = new Label(item.getLabel(), font, paint, labelWidth);
        label.setPadding(getItemLabelPadding());
        entry.add(label);
        BlockContainer result = new BlockContainer(new CenterArrangement());
        result.add(entry);
        return result;
    }

    /** One line of rich text as a block. */
    private static final class Label extends AbstractBlock implements Block {
        private static final long serialVersionUID = 1L;
        private final transient List<RichText.Run> runs;
        private final transient Font font;
        private final transient Paint paint;
        /** The label as last arranged, wrapped to the width then available. */
        private transient List<List<RichText.Run>> lines;

        private final double maxWidth;

        Label(String markup, Font font, Paint paint, double maxWidth) {
            this.maxWidth = maxWidth;
            this.runs = RichText.parse(markup);
            this.font = font;
            this.paint = paint == null ? Color.BLACK : paint;
        }

        @Override
        public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
            double available = constraint.getWidthConstraintType() == LengthConstraintType.NONE ? Double.POSITIVE_INFINITY
                : constraint.getWidthRange().getUpperBound() - calculateTotalWidth(0);
            lines = RichText.wrap(g2, runs, font, Math.min(available, maxWidth));
            Size2D size = RichText.size(g2, lines, font);
            return constraint.calculateConstrainedSize(new Size2D(calculateTotalWidth(size.width),
                calculateTotalHeight(size.height)));
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area) {
            Rectangle2D inner = trimPadding(trimBorder(trimMargin(area)));
            g2.setPaint(paint);
            List<List<RichText.Run>> drawn = lines != null ? lines : List.of(runs);
            double height = 0;
            for (List<RichText.Run> line : drawn) {
                height += RichText.ascent(g2, line, font) + RichText.descent(g2, line, font);
            }
            double y = inner.getCenterY() - height / 2;
            for (List<RichText.Run> line : drawn) {
                y += RichText.ascent(g2, line, font);
                RichText.draw(g2, line, font, inner.getX(), y);
                y += RichText.descent(g2, line, font);
            }
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            draw(g2, area);
            return null;
        }
    }
}
