package vn.diembao.bulletin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/** Timer values of bpmn/bulletin.bpmn ({@code ${bulletinSchedule…}}), from {@code diembao.bulletin.*}. */
@Component("bulletinSchedule")
public class BulletinSchedule {

	private final BulletinProperties properties;
	private final BulletinRecords records;

	BulletinSchedule(BulletinProperties properties, BulletinRecords records) {
		this.properties = properties;
		this.records = records;
	}

	/**
	 * Every day at the build time in Vietnam. Camunda evaluates cron in the server's zone, so the Vietnamese time is
	 * converted to it (servers often run on UTC; Vietnam has no daylight saving).
	 */
	public String cycle() {
		LocalTime local = ZonedDateTime.of(LocalDate.now(), properties.buildAt(), BulletinPeriods.VIETNAM)
			.withZoneSameInstant(ZoneId.systemDefault())
			.toLocalTime();
		return "0 %d %d * * ?".formatted(local.getMinute(), local.getHour());
	}

	/** A daily kind without approval is published at this time of its issue day unless the officer does it sooner. */
	public Date autoPublishAt(Long bulletinId) {
		Bulletin bulletin = records.find(bulletinId).orElseThrow(() -> new BulletinNotFoundException(bulletinId));
		return Date.from(bulletin.issueDate().atTime(properties.autoPublishAt()).atZone(BulletinPeriods.VIETNAM).toInstant());
	}
}
