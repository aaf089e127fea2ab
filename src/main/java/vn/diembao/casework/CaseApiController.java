package vn.diembao.casework;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.diembao.casework.CaseViews.AgencyTask;
import vn.diembao.casework.CaseViews.CaseDetail;
import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.directory.CurrentUser;

/** The same cases and tasks over REST, with the same agency isolation as the pages. */
@RestController
@RequestMapping("/api/v1")
class CaseApiController {

	private final PressCases cases;
	private final AgencyWork work;

	CaseApiController(PressCases cases, AgencyWork work) {
		this.cases = cases;
		this.work = work;
	}

	@GetMapping("/cases")
	List<CaseSummary> cases(Authentication auth) {
		return cases.list(CurrentUser.of(auth));
	}

	@GetMapping("/cases/{id}")
	CaseDetail caseDetail(@PathVariable long id, Authentication auth) {
		return cases.find(id, CurrentUser.of(auth)).orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + id));
	}

	@GetMapping("/tasks")
	List<AgencyTask> tasks(Authentication auth) {
		return work.tasksFor(CurrentUser.of(auth));
	}
}
