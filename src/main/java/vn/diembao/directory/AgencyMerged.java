package vn.diembao.directory;

/**
 * An agency was merged into another (a former huyện into a commune, two departments into one): the old one is now
 * inactive and its open work belongs to the successor. Published inside the merge's transaction.
 */
public record AgencyMerged(long fromId, String fromCode, String fromName, long intoId, String intoCode, String intoName,
		String mergedBy) {
}
