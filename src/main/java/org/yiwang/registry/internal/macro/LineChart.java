package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Draws indicator series as an inline SVG line chart on the server, so that the page needs no script: one line
 * per division over the periods any of them has, a value axis with round ticks that always includes zero, and a
 * legend. Every text that came from data is escaped.
 */
final class LineChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 64;
    private static final String[] COLOURS = {"#1f5fa8", "#c0392b", "#2e8b57", "#d4870b", "#7b4ea3", "#148f91",
            "#8a5a2b", "#555555"};

    private LineChart() {
    }

    static String svg(String title, String unit, List<Series> series) {
        List<String> periods = List.copyOf(new TreeSet<>(series.stream()
                .flatMap(s -> s.points().stream().map(SeriesPoint::period)).toList()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
        if (periods.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        double[] axis = axis(series);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = periods.size() == 1 ? 0 : plotWidth / (periods.size() - 1);
        double xOffset = periods.size() == 1 ? plotWidth / 2 : 0;
        long ticks = Math.round((axis[1] - axis[0]) / axis[2]);
        for (long i = 0; i <= ticks; i++) {
            double tick = axis[0] + i * axis[2];
            double y = TOP + plotHeight - (tick - axis[0]) / (axis[1] - axis[0]) * plotHeight;
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#dddddd"));
            svg.append(text(LEFT - 6, y + 4, "end", format(tick)));
        }
        svg.append(text(4, TOP - 4 + 12, "start", unit));
        int labelEvery = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int i = 0; i < periods.size(); i += labelEvery) {
            svg.append(text(LEFT + xOffset + i * step, HEIGHT - BOTTOM + 18, "middle", periods.get(i)));
        }
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder points = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (SeriesPoint point : one.points()) {
                double x = LEFT + xOffset + periods.indexOf(point.period()) * step;
                double y = TOP + plotHeight - (point.value().doubleValue() - axis[0]) / (axis[1] - axis[0]) * plotHeight;
                points.append(coordinate(x)).append(',').append(coordinate(y)).append(' ');
                marks.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
                        .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>")
                        .append(escape(one.divisionName() + " " + point.period() + ": "
                                + point.value().toPlainString() + " " + unit))
                        .append("</title></circle>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                    .append(points.toString().strip()).append("\"/>").append(marks);
            double legendX = LEFT + (s % 4) * (plotWidth / 4);
            double legendY = HEIGHT - 26 + (s / 4) * 16;
            svg.append("<rect x=\"").append(coordinate(legendX)).append("\" y=\"").append(coordinate(legendY - 9))
                    .append("\" width=\"12\" height=\"10\" fill=\"").append(colour).append("\"/>");
            svg.append(text(legendX + 16, legendY, "start", one.divisionName()));
        }
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#888888"));
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "#888888"));
        return svg.append("</svg>").toString();
    }

    /** Lowest tick, highest tick and tick step: zero included, about five steps of 1, 2 or 5 times a power of ten. */
    static double[] axis(List<Series> series) {
        double min = 0;
        double max = 0;
        for (Series s : series) {
            for (SeriesPoint p : s.points()) {
                min = Math.min(min, p.value().doubleValue());
                max = Math.max(max, p.value().doubleValue());
            }
        }
        if (max == min) {
            max = min + 1;
        }
        double rough = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step, step};
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#333333\">" + escape(content) + "</text>";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String format(double tick) {
        return new BigDecimal(tick).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
