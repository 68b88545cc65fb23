package org.lnet.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chart text with real sub- and superscripts. Labels are written in a small markup: {@code _x} and {@code ^x} make x
 * a subscript or superscript, x being a run of ASCII letters and digits or else one character, or {@code _{...}} and
 * {@code ^{...}} a group (not nested); a backslash makes the next character literal. So {@code ‖U_2(t_f)V(t_f)^T‖_F}
 * draws with subscript 2, f, F and superscript T. Titles and legends are drawn run by run ({@link #draw}), each run a
 * plain string in a smaller, raised or lowered font, so an SVG keeps them as text; axis labels go through
 * JFreeChart's attributed labels ({@link #attributed}). Text from the host or the user (step names, file names) is
 * taken literally ({@link #literal}), so its underscores stay underscores.
 */
final class RichText {

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** Size of a sub- or superscript relative to the line's font, and the baseline shifts, in units of the size. */
    private static final float SCRIPT_SIZE = 0.7f;
    private static final float SUPER_RISE = 0.38f;
    private static final float SUB_DROP = 0.2f;

    private RichText() {
    }

    /** One run of text as drawn, not parsed: for titles the host chose. */
    static List<Run> literalRuns(String text) {
        return List.of(new Run(text.isEmpty() ? " " : text, 0));
    }

    private static Font fontOf(Font font, int level) {
        return level == 0 ? font : font.deriveFont(font.getSize2D() * SCRIPT_SIZE);
    }

    private static float shift(Font font, int level) {
        return level > 0 ? -SUPER_RISE * font.getSize2D() : level < 0 ? SUB_DROP * font.getSize2D() : 0;
    }

    /** The width of the runs drawn in the font. */
    /** The width (the widest line) and height (the lines stacked) of wrapped lines of runs. */
    static org.jfree.chart.ui.Size2D size(Graphics2D g2, List<List<Run>> lines, Font font) {
        double width = 0;
        double height = 0;
        for (List<Run> line : lines) {
            width = Math.max(width, advance(g2, line, font));
            height += ascent(g2, line, font) + descent(g2, line, font);
        }
        return new org.jfree.chart.ui.Size2D(width, height);
    }

    static double advance(Graphics2D g2, List<Run> runs, Font font) {
        double w = 0;
        for (Run r : runs) {
            w += fontOf(font, r.level()).getStringBounds(r.text(), g2.getFontRenderContext()).getWidth();
        }
        return w;
    }

    /** Height above the baseline the runs need: the font's ascent, or a superscript's top if higher. */
    static double ascent(Graphics2D g2, List<Run> runs, Font font) {
        double a = font.getLineMetrics("Xg", g2.getFontRenderContext()).getAscent();
        for (Run r : runs) {
            if (r.level() > 0) {
                Font f = fontOf(font, 1);
                a = Math.max(a, -shift(font, 1) + f.getLineMetrics("X", g2.getFontRenderContext()).getAscent());
            }
        }
        return a;
    }

    /** Depth below the baseline the runs need: the font's descent plus leading, or a subscript's bottom if lower. */
    static double descent(Graphics2D g2, List<Run> runs, Font font) {
        java.awt.font.LineMetrics lm = font.getLineMetrics("Xg", g2.getFontRenderContext());
        double d = lm.getDescent() + lm.getLeading();
        for (Run r : runs) {
            if (r.level() < 0) {
                Font f = fontOf(font, -1);
                d = Math.max(d, shift(font, -1) + f.getLineMetrics("g", g2.getFontRenderContext()).getDescent());
            }
        }
        return d;
    }

    /**
     * The runs broken into lines no wider than maxWidth, at spaces outside parentheses (so "(L(0) − L*)" stays whole;
     * a piece wider than maxWidth stands alone on its line). A line that fits is returned as it is.
     */
    static List<List<Run>> wrap(Graphics2D g2, List<Run> runs, Font font, double maxWidth) {
        if (!(maxWidth > 0) || advance(g2, runs, font) <= maxWidth) {
            return List.of(runs);
        }
        List<Run> words = new ArrayList<>();
        int depth = 0;
        for (Run r : runs) {
            int from = 0;
            for (int i = 0; i < r.text().length(); i++) {
                char c = r.text().charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == ' ' && depth <= 0) {
                    words.add(new Run(r.text().substring(from, i + 1), r.level()));
                    from = i + 1;
                }
            }
            if (from < r.text().length()) {
                words.add(new Run(r.text().substring(from), r.level()));
            }
        }
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        for (Run w : words) {
            line.add(w);
            if (line.size() > 1 && advance(g2, trimmed(line), font) > maxWidth) {
                line.remove(line.size() - 1);
                lines.add(trimmed(line));
                line = new ArrayList<>(List.of(w));
            }
        }
        lines.add(trimmed(line));
        return lines;
    }

    /** The line without the trailing space of its last word (ends of wrapped lines are not drawn). */
    private static List<Run> trimmed(List<Run> line) {
        List<Run> out = new ArrayList<>(line);
        Run last = out.get(out.size() - 1);
        if (last.text().endsWith(" ") && last.text().length() > 1) {
            out.set(out.size() - 1, new Run(last.text().substring(0, last.text().length() - 1), last.level()));
        }
        return out;
    }

    /** Draws the runs with their left end of the baseline at (x, y), one drawString per run. */
    static void draw(Graphics2D g2, List<Run> runs, Font font, double x, double y) {
        Font before = g2.getFont();
        double at = x;
        for (Run r : runs) {
            Font f = fontOf(font, r.level());
            g2.setFont(f);
            g2.drawString(r.text(), (float) at, (float) (y + shift(font, r.level())));
            at += f.getStringBounds(r.text(), g2.getFontRenderContext()).getWidth();
        }
        g2.setFont(before);
    }

    /** A piece of text at one level: 0 on the line, 1 superscript, -1 subscript. */
    record Run(String text, int level) {
    }

    /** The runs of a markup string; empty runs are left out. */
    static List<Run> parse(String markup) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                plain.append(markup.charAt(i + 1));
                i += 2;
            } else if ((c == '_' || c == '^') && i + 1 < markup.length()) {
                flush(runs, plain, 0);
                int level = c == '^' ? 1 : -1;
                int from = i + 1;
                int to;
                String group;
                if (markup.charAt(from) == '{') {
                    to = markup.indexOf('}', from);
                    if (to < 0) {
                        throw new IllegalArgumentException("unclosed { in chart label: " + markup);
                    }
                    group = markup.substring(from + 1, to);
                    to++;
                } else {
                    to = from;
                    while (to < markup.length() && isAsciiAlphanumeric(markup.charAt(to))) {
                        to++;
                    }
                    if (to == from) {
                        to = markup.offsetByCodePoints(from, 1);
                    }
                    group = markup.substring(from, to);
                }
                runs.add(new Run(group, level));
                i = to;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(runs, plain, 0);
        return runs;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static void flush(List<Run> runs, StringBuilder text, int level) {
        if (text.length() > 0) {
            runs.add(new Run(text.toString(), level));
            text.setLength(0);
        }
    }

    /** The characters the markup draws, without the markup (for tests, tooltips and plain-text outputs). */
    static String plain(String markup) {
        StringBuilder b = new StringBuilder();
        for (Run r : parse(markup)) {
            b.append(r.text());
        }
        return b.toString();
    }

    /**
     * The markup as attributed text in the given font. Each run gets its own font, the marked ones derived with
     * {@link TextAttribute#SUPERSCRIPT} (a FONT attribute overrides every other font attribute of the run, so the level
     * has to be part of the font itself).
     */
    static AttributedString attributed(String markup, Font font) {
        List<Run> runs = parse(markup);
        StringBuilder text = new StringBuilder();
        for (Run r : runs) {
            text.append(r.text());
        }
        if (text.length() == 0) {
            return literal("", font);
        }
        AttributedString out = new AttributedString(text.toString());
        Font sup = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER));
        Font sub = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUB));
        int at = 0;
        for (Run r : runs) {
            out.addAttribute(TextAttribute.FONT, r.level() == 0 ? font : r.level() > 0 ? sup : sub, at, at + r.text().length());
            at += r.text().length();
        }
        return out;
    }

    /** Text taken as it is (no markup), e.g. a step name chosen by the user. */
    static AttributedString literal(String text, Font font) {
        AttributedString out = new AttributedString(text.isEmpty() ? " " : text);
        out.addAttribute(TextAttribute.FONT, font);
        return out;
    }

    /**
     * A data description as the engine writes it ("points on the unit sphere in R^5"): literal, except that a caret
     * followed by digits becomes superscript digits. Escapes markup characters so it can be embedded in a label.
     */
    static String description(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '^' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    b.append(SUPERSCRIPT_DIGITS.charAt(text.charAt(++i) - '0'));
                }
            } else {
                if (c == '_' || c == '^' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Escapes text so that {@link #parse} gives it back unchanged. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("_", "\\_").replace("^", "\\^");
    }

}
