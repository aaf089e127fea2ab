package vn.diembao.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDatesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);

	@Test
	void readsVietnameseRelativeDates() {
		assertThat(PublishedDates.parseVisible("2 giờ trước", clock)).contains(Instant.parse("2026-11-23T03:00:00Z"));
		assertThat(PublishedDates.parseVisible("15 phút trước", clock)).contains(Instant.parse("2026-11-23T04:45:00Z"));
		assertThat(PublishedDates.parseVisible("3 ngày trước", clock)).contains(Instant.parse("2026-11-20T05:00:00Z"));
		assertThat(PublishedDates.parseVisible("Hôm qua 08:30", clock)).contains(Instant.parse("2026-11-22T01:30:00Z"));
		assertThat(PublishedDates.parseVisible("vừa xong", clock)).contains(clock.instant());
	}

	@Test
	void prefersAnAbsoluteDateOnTheLine() {
		assertThat(PublishedDates.parseVisible("Thứ hai, 18/11/2024, 08:30 (GMT+7)", clock))
			.contains(Instant.parse("2024-11-18T01:30:00Z"));
	}
}
