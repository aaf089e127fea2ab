package vn.diembao.bulletin;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code diembao.bulletin.*}: when drafts are built, which kinds publish without a leader's approval and when, who
 * receives each kind by e-mail, and the issuing department's name for the document header.
 */
@ConfigurationProperties("diembao.bulletin")
record BulletinProperties(LocalTime buildAt, boolean onNonWorkingDays, Set<BulletinKind> autoPublish,
		LocalTime autoPublishAt, String issuer, List<String> recipients, Map<BulletinKind, List<String>> recipientsByKind) {

	BulletinProperties {
		buildAt = buildAt == null ? LocalTime.of(7, 30) : buildAt;
		autoPublish = autoPublish == null || autoPublish.isEmpty() ? EnumSet.noneOf(BulletinKind.class) : EnumSet.copyOf(autoPublish);
		autoPublishAt = autoPublishAt == null ? LocalTime.of(9, 0) : autoPublishAt;
		issuer = issuer == null ? "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" : issuer;
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		recipientsByKind = recipientsByKind == null ? Map.of() : Map.copyOf(recipientsByKind);
	}

	boolean autoPublishes(BulletinKind kind) {
		return kind.isDaily() && autoPublish.contains(kind);
	}

	/** The distribution list of a kind: its own list if configured, else the common one. */
	List<String> recipientsOf(BulletinKind kind) {
		List<String> own = recipientsByKind.get(kind);
		return own == null || own.isEmpty() ? recipients : own;
	}
}
