package vn.diembao.report;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code diembao.report.alerts.*}: when a story or a place counts as a spike, the quiet hours during which alert
 * e-mails wait (in-app notifications do not), and when the morning summary goes out.
 *
 * @param schedulingEnabled whether this node mails held alerts each minute and sends the morning summary
 * @param storyWindow a story is a spike when {@code storyOutlets} outlets carry it within this window
 * @param baselineDays the days before the last 24 hours whose negative articles about a place make its usual rate
 * @param quietFrom start of the quiet hours (Vietnam time); no quiet hours when it equals {@code quietTo}
 */
@ConfigurationProperties("diembao.report.alerts")
record AlertProperties(Boolean schedulingEnabled, Duration storyWindow, Integer storyOutlets, Integer baselineDays,
		Integer placeMinimum, LocalTime quietFrom, LocalTime quietTo, LocalTime summaryAt) {

	AlertProperties {
		schedulingEnabled = schedulingEnabled == null || schedulingEnabled;
		storyWindow = storyWindow == null ? Duration.ofHours(6) : storyWindow;
		storyOutlets = storyOutlets == null ? 3 : storyOutlets;
		baselineDays = baselineDays == null ? 28 : baselineDays;
		placeMinimum = placeMinimum == null ? 3 : placeMinimum;
		quietFrom = quietFrom == null ? LocalTime.of(22, 0) : quietFrom;
		quietTo = quietTo == null ? LocalTime.of(6, 0) : quietTo;
		summaryAt = summaryAt == null ? LocalTime.of(7, 0) : summaryAt;
	}

	SpikeRules rules() {
		return new SpikeRules(storyWindow, storyOutlets, baselineDays, placeMinimum);
	}

	/** Whether {@code time} falls in the quiet hours, which may run over midnight (22:00–06:00). */
	boolean quiet(LocalTime time) {
		if (quietFrom.equals(quietTo)) {
			return false;
		}
		return quietFrom.isBefore(quietTo) ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
				: !time.isBefore(quietFrom) || time.isBefore(quietTo);
	}

	/** The end of the quiet period {@code time} is in: when held mails go. */
	LocalTime quietEnds() {
		return quietTo;
	}
}
