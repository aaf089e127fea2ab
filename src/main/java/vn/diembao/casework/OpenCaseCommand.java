package vn.diembao.casework;

import java.util.List;

/** What an officer fills in to ask agencies to verify and answer an article. */
public record OpenCaseCommand(Long articleId, String articleTitle, String articleUrl, String outletName, String issue,
		List<Long> agencyIds, Severity severity) {

	public OpenCaseCommand {
		if (articleTitle == null || articleTitle.isBlank()) {
			throw new IllegalArgumentException("Hồ sơ cần tiêu đề tin bài");
		}
		if (issue == null || issue.isBlank()) {
			throw new IllegalArgumentException("Hãy nêu nội dung cần xác minh, phản hồi");
		}
		if (agencyIds == null || agencyIds.isEmpty()) {
			throw new IllegalArgumentException("Hãy chọn ít nhất một cơ quan cần phản hồi");
		}
		agencyIds = List.copyOf(agencyIds);
		severity = severity == null ? Severity.NORMAL : severity;
	}
}
