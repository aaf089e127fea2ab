package vn.diembao.casework;

import org.springframework.stereotype.Service;

import vn.diembao.directory.CurrentUser;

/** Attachments of replies: an agency downloads only its own; the department sees all. */
@Service
class CaseFiles {

	private final ReplyRecords replies;

	CaseFiles(ReplyRecords replies) {
		this.replies = replies;
	}

	ReplyRecords.StoredFile attachment(long id, CurrentUser user) {
		return replies.attachment(id, PressCases.agencyFilter(user))
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy tệp " + id));
	}
}
