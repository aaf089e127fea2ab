package vn.diembao.casework;

import java.util.List;

/**
 * What an officer fills in to ask agencies to verify and answer an article — or an item seen in print, on TV or
 * social media, identified by its source reference.
 */
public record OpenCaseCommand(Long articleId, String articleTitle, String articleUrl, String outletName, String issue,
		List<Long> agencyIds, Severity severity, Long leadAgencyId, String sourceReference) {

	/** A case about a collected article; the first agency leads. */
	public OpenCaseCommand(Long articleId, String articleTitle, String articleUrl, String outletName, String issue,
			List<Long> agencyIds, Severity severity) {
		this(articleId, articleTitle, articleUrl, outletName, issue, agencyIds, severity, null, null);
	}

	public OpenCaseCommand {
		if (articleTitle == null || articleTitle.isBlank()) {
			throw new IllegalArgumentException("Hồ sơ cần tiêu đề tin bài");
		}
		// the link is shown to every reader of the case: a javascript: or data: address would run in their browser
		if (articleUrl != null && !articleUrl.isBlank() && !articleUrl.strip().matches("(?i)https?://\\S+")) {
			throw new IllegalArgumentException("Đường dẫn bài báo phải bắt đầu bằng http:// hoặc https://");
		}
		if (issue == null || issue.isBlank()) {
			throw new IllegalArgumentException("Hãy nêu nội dung cần xác minh, phản hồi");
		}
		if (agencyIds == null || agencyIds.isEmpty()) {
			throw new IllegalArgumentException("Hãy chọn ít nhất một cơ quan cần phản hồi");
		}
		agencyIds = agencyIds.stream().distinct().toList();
		severity = severity == null ? Severity.NORMAL : severity;
		leadAgencyId = leadAgencyId != null ? leadAgencyId : agencyIds.get(0);
		if (!agencyIds.contains(leadAgencyId)) {
			throw new IllegalArgumentException("Cơ quan chủ trì phải là một trong các cơ quan được đề nghị");
		}
		if (articleId == null && (sourceReference == null || sourceReference.isBlank())
				&& (articleUrl == null || articleUrl.isBlank())) {
			throw new IllegalArgumentException("Hãy ghi nguồn thông tin (báo in, truyền hình, mạng xã hội…) hoặc đường dẫn");
		}
	}
}
