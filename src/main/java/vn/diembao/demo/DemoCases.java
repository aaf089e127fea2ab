package vn.diembao.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.CaseDecisions;
import vn.diembao.casework.CaseViews.AgencyTask;
import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.ReplyForm;
import vn.diembao.casework.Severity;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.UserAccounts;

/** Three demo cases from the classified demo articles: one waiting, one replied, one closed. */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final ClassifiedArticles classified;
	private final PressCases cases;
	private final AgencyWork agencyWork;
	private final CaseDecisions review;
	private final Agencies agencies;
	private final UserAccounts users;

	DemoCases(ClassifiedArticles classified, PressCases cases, AgencyWork agencyWork, CaseDecisions review,
			Agencies agencies, UserAccounts users) {
		this.classified = classified;
		this.cases = cases;
		this.agencyWork = agencyWork;
		this.review = review;
		this.agencies = agencies;
		this.users = users;
	}

	void createOnce(Duration waitForClassification) {
		CurrentUser officer = users.currentUser("canbo");
		if (!cases.list(officer).isEmpty()) {
			return;
		}
		List<ClassifiedArticle> candidates = awaitNegativeArticles(waitForClassification);
		if (candidates.size() < 3) {
			log.warn("Chỉ có {} tin tiêu cực đã phân loại; bỏ qua việc tạo hồ sơ minh họa", candidates.size());
			return;
		}
		long waiting = open(candidates.get(0), "so-nnmt", officer);
		long replied = open(candidates.get(1), "so-xd", officer);
		long closed = open(candidates.get(2), "so-nnmt", officer);
		reply("sxd", replied, "Sở Xây dựng đã kiểm tra hiện trường; chủ đầu tư cam kết hoàn thành hạng mục còn lại trong quý I.");
		reply("snnmt", closed, "Đoàn kiểm tra liên ngành đã lấy mẫu nước thải; kết quả đạt QCVN, đã yêu cầu doanh nghiệp khắc phục mùi.");
		String reviewTask = cases.find(closed, officer).orElseThrow().officerTasks().get(0).taskId();
		review.review(reviewTask, true, null, officer);
		log.info("Hồ sơ minh họa: #{} chờ cơ quan phản hồi, #{} chờ thẩm định, #{} đã đóng", waiting, replied, closed);
	}

	private long open(ClassifiedArticle article, String agencyCode, CurrentUser officer) {
		long agencyId = agencies.byCode(agencyCode).orElseThrow().id();
		return cases.open(new OpenCaseCommand(article.articleId(), article.title(), article.url(), article.outletName(),
				"Đề nghị xác minh nội dung bài viết phản ánh và có văn bản phản hồi: " + article.lead(), List.of(agencyId),
				Severity.NORMAL), officer);
	}

	private void reply(String username, long caseId, String text) {
		CurrentUser agencyUser = users.currentUser(username);
		AgencyTask task = agencyWork.tasksFor(agencyUser).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow();
		agencyWork.reply(task.taskId(), new ReplyForm(text, "15/CV-DEMO", null, null, null), java.util.List.of(), agencyUser);
	}

	/** Classification runs after each article's commit; wait briefly until it has caught up. */
	private List<ClassifiedArticle> awaitNegativeArticles(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		List<ClassifiedArticle> negative = List.of();
		int previous = -1;
		while (Instant.now().isBefore(deadline)) {
			var all = classified.relevantPublishedBetween(Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(1)));
			negative = all.stream()
				.filter(a -> a.tone() == Tone.NEGATIVE)
				.sorted((a, b) -> Boolean.compare(b.needsResponse(), a.needsResponse()))
				.toList();
			if (all.size() == previous && !all.isEmpty()) {
				break;
			}
			previous = all.size();
			sleep();
		}
		return negative;
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
