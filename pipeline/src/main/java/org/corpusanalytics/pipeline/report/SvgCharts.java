package org.corpusanalytics.pipeline.report;

import static org.corpusanalytics.pipeline.report.Html.count;
import static org.corpusanalytics.pipeline.report.Html.escape;
import static org.corpusanalytics.pipeline.report.Html.number;

import java.util.List;

/**
 * The report's static charts as inline SVG: a histogram, a timeline, and bar charts (plain and
 * diverging around zero). Sizes are in viewBox units; the page scales each chart to its column.
 * Every bar and point carries a {@code <title>}, which browsers show on hover.
 */
final class SvgCharts {
  /** One bar: its label, length, the text printed beside it, fill colour and hover text. */
  record Bar(String label, double value, String valueText, String color, String tooltip) {}

  private static final int LABEL_CHARS = 28;

  private SvgCharts() {}

  /** Articles per sentiment bin over [-1, 1], each bar coloured by its bin's centre. */
  static String histogram(List<Long> bins) {
    int width = 1000;
    int height = 260;
    int left = 60;
    int bottom = 40;
    double plotWidth = width - left - 20;
    double plotHeight = height - bottom - 15;
    StringBuilder svg = open(width, height, "histogram", "Articles by sentiment");
    long max = yAxis(svg, left, width - 20, height - bottom, plotHeight,
        Math.max(1, bins.stream().mapToLong(Long::longValue).max().orElse(1)), "articles");
    double barWidth = plotWidth / bins.size();
    for (int i = 0; i < bins.size(); i++) {
      double from = -1 + 2.0 * i / bins.size();
      double to = from + 2.0 / bins.size();
      double barHeight = plotHeight * bins.get(i) / max;
      svg.append(String.format("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">"
              + "<title>%s to %s: %s articles</title></rect>",
          number(left + i * barWidth + 1, 1), number(height - bottom - barHeight, 1), number(barWidth - 2, 1),
          number(barHeight, 1), Html.sentimentColor((from + to) / 2), number(from, 2), number(to, 2),
          count(bins.get(i))));
    }
    for (double tick = -1; tick <= 1.0001; tick += 0.5) {
      double x = left + plotWidth * (tick + 1) / 2;
      svg.append(String.format("<line class=\"tick\" x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\"/>"
              + "<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s</text>",
          number(x, 1), height - bottom, number(x, 1), height - bottom + 5, number(x, 1), height - bottom + 20,
          number(tick, 1)));
    }
    svg.append(String.format("<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">article sentiment "
        + "(mean sentence compound)</text>", number(left + plotWidth / 2, 1), height - 4));
    return svg.append("</svg>").toString();
  }

  /** Articles per period as grey bars (left axis) and their mean sentiment as a line (right axis). */
  static String timeline(ReportData.Timeline timeline) {
    List<ReportData.Period> periods = timeline.periods();
    int width = 1000;
    int height = 300;
    int left = 60;
    int right = 60;
    int bottom = 50;
    double plotWidth = width - left - right;
    double plotHeight = height - bottom - 15;
    double base = height - bottom;
    double range = Math.max(0.1, Math.ceil(periods.stream()
        .mapToDouble(period -> Math.abs(period.meanSentiment())).max().orElse(0) * 10) / 10);
    StringBuilder svg = open(width, height, "timeline", "Articles and mean sentiment per " + timeline.unit());
    long max = yAxis(svg, left, width - right, base, plotHeight,
        Math.max(1, periods.stream().mapToLong(ReportData.Period::articles).max().orElse(1)), "articles");
    double step = plotWidth / periods.size();
    double zero = base - plotHeight / 2;
    svg.append(String.format("<line class=\"zero\" x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\"/>", left, number(zero, 1),
        width - right, number(zero, 1)));
    svg.append(String.format("<text class=\"axis\" x=\"%d\" y=\"%s\">+%s</text><text class=\"axis\" x=\"%d\" y=\"%s\">"
            + "0</text><text class=\"axis\" x=\"%d\" y=\"%s\">-%s</text>", width - right + 6, number(base - plotHeight + 4, 1),
        number(range, 1), width - right + 6, number(zero + 4, 1), width - right + 6, number(base + 4, 1),
        number(range, 1)));
    StringBuilder path = new StringBuilder();
    StringBuilder points = new StringBuilder();
    int labelEvery = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
    for (int i = 0; i < periods.size(); i++) {
      ReportData.Period period = periods.get(i);
      double x = left + step * (i + 0.5);
      double barHeight = plotHeight * period.articles() / max;
      svg.append(String.format("<rect class=\"count\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"><title>%s: %s "
              + "articles</title></rect>", number(x - step * 0.4, 1), number(base - barHeight, 1),
          number(step * 0.8, 1), number(barHeight, 1), escape(period.label()), count(period.articles())));
      double y = zero - plotHeight / 2 * period.meanSentiment() / range;
      path.append(i == 0 ? "M" : " L").append(number(x, 1)).append(' ').append(number(y, 1));
      points.append(String.format("<circle class=\"point\" cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\"><title>%s: mean "
              + "sentiment %s over %s articles</title></circle>", number(x, 1), number(y, 1),
          Html.sentimentColor(period.meanSentiment()), escape(period.label()), Html.sentiment(period.meanSentiment()),
          count(period.articles())));
      if (i % labelEvery == 0) {
        svg.append(String.format("<text class=\"axis\" x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>",
            number(x, 1), number(base + 18, 1), escape(period.label())));
      }
    }
    svg.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(points);
    svg.append(String.format("<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s (bars: articles, "
        + "left axis; line: mean sentiment, right axis)</text>", number(left + plotWidth / 2, 1), height - 6,
        escape(timeline.unit())));
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars from a common origin, longest = full width, labels on the left. */
  static String bars(List<Bar> bars, String title) {
    int width = 480;
    int labelWidth = 190;
    int row = 22;
    int height = Math.max(1, bars.size()) * row + 10;
    double plotWidth = width - labelWidth - 100;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    StringBuilder svg = open(width, height, "bars", title);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 5 + i * row;
      double length = max <= 0 ? 0 : Math.max(1, plotWidth * bar.value() / max);
      label(svg, bar, labelWidth - 6, y + row / 2.0 + 4, "end");
      svg.append(String.format("<rect class=\"bar\" x=\"%d\" y=\"%s\" width=\"%s\" height=\"%d\" fill=\"%s\">"
              + "<title>%s</title></rect><text class=\"value\" x=\"%s\" y=\"%s\">%s</text>", labelWidth,
          number(y + 3, 1), number(length, 1), row - 6, bar.color(), escape(bar.tooltip()),
          number(labelWidth + length + 5, 1), number(y + row / 2.0 + 4, 1), escape(bar.valueText())));
    }
    return svg.append("</svg>").toString();
  }

  /** Bars left (negative) or right (positive) of a centre line, scaled to the largest magnitude. */
  static String divergingBars(List<Bar> bars, String title) {
    int width = 1000;
    int labelWidth = 200;
    int row = 26;
    int height = Math.max(1, bars.size()) * row + 30;
    int valueWidth = 170;
    double half = (width - labelWidth - 2 * valueWidth) / 2.0;
    double centre = labelWidth + valueWidth + half;
    double max = Math.max(0.05, bars.stream().mapToDouble(bar -> Math.abs(bar.value())).max().orElse(0));
    StringBuilder svg = open(width, height, "diverging", title);
    svg.append(String.format("<line class=\"zero\" x1=\"%s\" y1=\"0\" x2=\"%s\" y2=\"%d\"/>", number(centre, 1),
        number(centre, 1), height - 20));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 5 + i * row;
      double length = Math.max(1, half * Math.abs(bar.value()) / max);
      double x = bar.value() < 0 ? centre - length : centre;
      label(svg, bar, labelWidth - 6, y + row / 2.0 + 4, "end");
      svg.append(String.format("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%d\" fill=\"%s\">"
              + "<title>%s</title></rect><text class=\"value\" x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>",
          number(x, 1), number(y + 3, 1), number(length, 1), row - 6, bar.color(), escape(bar.tooltip()),
          number(bar.value() < 0 ? x - 5 : x + length + 5, 1), number(y + row / 2.0 + 4, 1),
          bar.value() < 0 ? "end" : "start", escape(bar.valueText())));
    }
    svg.append(String.format("<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">more negative \u2190 "
        + "mean article sentiment \u2192 more positive</text>", number(centre, 1), height - 6));
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String kind, String title) {
    return new StringBuilder(String.format("<svg class=\"chart %s\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s"
        + "</title>", kind, width, height, escape(title)));
  }

  private static void label(StringBuilder svg, Bar bar, int x, double y, String anchor) {
    svg.append(String.format("<text class=\"label\" x=\"%d\" y=\"%s\" text-anchor=\"%s\"><title>%s</title>%s</text>",
        x, number(y, 1), anchor, escape(bar.label()), escape(Html.shorten(bar.label(), LABEL_CHARS))));
  }

  /**
   * Gridlines at round steps (1, 2 or 5 times a power of ten; about five of them) up to the first
   * step at or above {@code max}, which is returned: the value at the top of the plot.
   */
  private static long yAxis(StringBuilder svg, int left, int right, double base, double plotHeight, long max,
      String unit) {
    long step = roundStep(max);
    long top = step * ((max + step - 1) / step);
    for (long value = 0; value <= top; value += step) {
      double y = base - plotHeight * value / top;
      svg.append(String.format("<line class=\"grid\" x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\"/>"
              + "<text class=\"axis\" x=\"%d\" y=\"%s\" text-anchor=\"end\">%s</text>", left, number(y, 1), right,
          number(y, 1), left - 6, number(y + 4, 1), count(value)));
    }
    yLabel(svg, base, plotHeight, unit);
    return top;
  }

  /** The smallest of 1, 2, 5, 10, 20, 50 ... that reaches {@code max} in at most five steps. */
  static long roundStep(long max) {
    for (long power = 1; ; power *= 10) {
      for (long multiple : new long[] {1, 2, 5}) {
        if (multiple * power * 5 >= max) {
          return multiple * power;
        }
      }
    }
  }

  private static void yLabel(StringBuilder svg, double base, double plotHeight, String unit) {
    svg.append(String.format("<text class=\"axis\" x=\"12\" y=\"%s\" transform=\"rotate(-90 12 %s)\" "
        + "text-anchor=\"middle\">%s</text>", number(base - plotHeight / 2, 1), number(base - plotHeight / 2, 1),
        escape(unit)));
  }
}
