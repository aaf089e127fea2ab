package vn.diembao.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Articles per day by tone as a stacked bar chart in SVG, drawn on the server (no JavaScript, no npm). It scales to
 * the width of a phone through its viewBox; each day's bar links to that day's articles and has a tooltip.
 */
final class ToneChart {

	static final String POSITIVE = "#198754";
	static final String NEUTRAL = "#adb5bd";
	static final String NEGATIVE = "#dc3545";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
	private static final int HEIGHT = 200;
	private static final int TOP = 16;
	private static final int BOTTOM = 24;
	private static final int LEFT = 32;

	private ToneChart() {
	}

	static String svg(List<DashboardFigures.DayTone> days, ArticleFilter period, String contextPath) {
		int n = Math.max(days.size(), 1);
		int barWidth = n > 40 ? 8 : 16;
		int gap = 4;
		int width = LEFT + n * (barWidth + gap) + gap;
		long max = Math.max(1, days.stream().mapToLong(DashboardFigures.DayTone::total).max().orElse(0));
		double scale = (HEIGHT - TOP - BOTTOM) / (double) max;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tone-chart w-100\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(HEIGHT).append("\" preserveAspectRatio=\"xMinYMin meet\"")
			.append(" aria-label=\"Số tin, bài mỗi ngày theo tính chất\">");
		int base = HEIGHT - BOTTOM;
		svg.append(line(LEFT, base, width, base));
		svg.append(text(LEFT - 4, TOP + 4, "end", String.valueOf(max)));
		svg.append(text(LEFT - 4, base, "end", "0"));
		int step = Math.max(1, (int) Math.ceil(n / 10.0));
		for (int i = 0; i < days.size(); i++) {
			DashboardFigures.DayTone day = days.get(i);
			int x = LEFT + gap + i * (barWidth + gap);
			String href = contextPath + period.day(day.day()).listPath();
			svg.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\" class=\"chart-day\" data-day=\"")
				.append(day.day()).append("\"><title>").append(DAY.format(day.day())).append(": ")
				.append(day.positive()).append(" tích cực, ").append(day.neutral()).append(" trung tính, ")
				.append(day.negative()).append(" tồn tại, hạn chế</title>");
			double y = base;
			y = bar(svg, x, y, barWidth, day.negative() * scale, NEGATIVE);
			y = bar(svg, x, y, barWidth, day.neutral() * scale, NEUTRAL);
			bar(svg, x, y, barWidth, day.positive() * scale, POSITIVE);
			// an empty day still has something to tap
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP).append("\" width=\"").append(barWidth)
				.append("\" height=\"").append(base - TOP).append("\" fill=\"transparent\"/>");
			svg.append("</a>");
			if (i % step == 0) {
				svg.append(text(x + barWidth / 2, HEIGHT - 8, "middle", DAY.format(day.day())));
			}
		}
		return svg.append("</svg>").toString();
	}

	private static double bar(StringBuilder svg, int x, double bottom, int width, double height, String colour) {
		if (height <= 0) {
			return bottom;
		}
		double top = bottom - height;
		svg.append("<rect x=\"").append(x).append("\" y=\"").append(format(top)).append("\" width=\"").append(width)
			.append("\" height=\"").append(format(height)).append("\" fill=\"").append(colour).append("\"/>");
		return top;
	}

	private static String line(int x1, int y, int x2, int y2) {
		return "<line x1=\"" + x1 + "\" y1=\"" + y + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#6c757d\"/>";
	}

	private static String text(int x, int y, String anchor, String value) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"10\" text-anchor=\"" + anchor + "\" fill=\"#495057\">"
				+ HtmlUtils.htmlEscape(value) + "</text>";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
