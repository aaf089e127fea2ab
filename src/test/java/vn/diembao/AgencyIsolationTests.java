package vn.diembao;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.ReplyForm;
import vn.diembao.casework.Severity;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every mapped endpoint, called by an agency user with the ids of another agency's case, task and attachment: each
 * answers 403/404 or shows nothing of it, and nothing of that case changes.
 */
@DiembaoTest
class AgencyIsolationTests {

	private static final String SECRET = "Bí mật của Sở Nông nghiệp và Môi trường";
	/** Forms anyone may submit (the public fake-news report): a success there touches no case. */
	private static final Set<String> PUBLIC_POSTS = Set.of("/tin-gia/bao-cao");
	private static final byte[] SECRET_PDF = ("%PDF-1.4 " + SECRET).getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PressCases cases;

	@Autowired
	AgencyWork agencyWork;

	@Autowired
	Agencies agencies;

	@Test
	void anotherAgencyReachesNothingOfTheCaseThroughAnyEndpoint() throws Exception {
		accounts.createIfAbsent("iso-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		accounts.createIfAbsent("iso-snnmt", TestUsers.PASSWORD, "Sở NN&MT", Set.of(Role.AGENCY), "so-nnmt");
		CurrentUser officer = accounts.currentUser("iso-canbo");
		CurrentUser owner = accounts.currentUser("iso-snnmt");
		long agencyId = agencies.byCode("so-nnmt").orElseThrow().id();
		long waitingCase = cases.open(new OpenCaseCommand(null, SECRET + " (chờ)", "https://bao.example.vn/a", "Báo", SECRET,
				List.of(agencyId), Severity.NORMAL), officer);
		long repliedCase = cases.open(new OpenCaseCommand(null, SECRET + " (đã trả lời)", "https://bao.example.vn/b", "Báo",
				SECRET, List.of(agencyId), Severity.NORMAL), officer);
		String waitingTask = agencyWork.tasksFor(owner).stream().filter(t -> t.caseId() == waitingCase).findFirst().orElseThrow().taskId();
		String repliedTask = agencyWork.tasksFor(owner).stream().filter(t -> t.caseId() == repliedCase).findFirst().orElseThrow().taskId();
		agencyWork.reply(repliedTask, new ReplyForm(SECRET, "1/SNNMT", null, null, null),
				List.of(new MockMultipartFile("files", "ket-qua.pdf", "application/pdf", SECRET_PDF)), owner);
		var replied = cases.find(repliedCase, officer).orElseThrow();
		long attachmentId = replied.assignments().get(0).replies().get(0).attachments().get(0).id();
		String reviewTask = replied.officerTasks().get(0).taskId();
		int historyBefore = cases.find(waitingCase, officer).orElseThrow().history().size();

		RequestPostProcessor intruder = TestUsers.agency(accounts, "so-xd");
		List<String> leaks = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				String path = fill(pattern, waitingCase, waitingTask, reviewTask, attachmentId);
				checked.add(path);
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					check(leaks, "GET " + path, () -> mvc.perform(get(path).with(intruder)).andReturn());
				}
				if (methods.contains(RequestMethod.POST)) {
					check(leaks, "POST " + path, () -> mvc.perform(multipart(path).file(new MockMultipartFile("files", "x.pdf",
							"application/pdf", "%PDF-1.4".getBytes())).with(intruder).with(csrf())
						.param("text", "Chen ngang").param("accepted", "true").param("approved", "true")
						.param("caseId", String.valueOf(waitingCase)).param("reason", "x").param("kind", "EXTENSION")
						.param("issue", "x").param("articleTitle", "x").param("sourceReference", "x")
						.param("agencyIds", String.valueOf(agencyId)).param("version", "0")).andReturn());
				}
			}
		});

		assertThat(checked).as("endpoints checked").hasSizeGreaterThan(20);
		assertThat(leaks).isEmpty();
		var after = cases.find(waitingCase, officer).orElseThrow();
		assertThat(after.history()).hasSize(historyBefore);
		assertThat(after.assignments().get(0).replies()).isEmpty();
		assertThat(cases.find(repliedCase, officer).orElseThrow().assignments().get(0).status()).isEqualTo("REPLIED");
	}

	private interface Call {
		MvcResult perform() throws Exception;
	}

	private static void check(List<String> leaks, String what, Call call) {
		try {
			MvcResult result = call.perform();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			boolean refused = status == 403 || status == 404 || status == 401;
			boolean publicForm = PUBLIC_POSTS.stream().anyMatch(path -> what.equals("POST " + path));
			if (!refused && (body.contains(SECRET) || status / 100 == 2 && what.startsWith("POST") && !publicForm)) {
				leaks.add(what + " → " + status);
			}
		}
		catch (Exception e) {
			leaks.add(what + " → " + e);
		}
	}

	private static String fill(String pattern, long caseId, String taskId, String reviewTask, long attachmentId) {
		Map<String, Object> values = Map.of("id", pattern.contains("/tep/") ? attachmentId : caseId,
				"taskId", pattern.contains("/tham-dinh/") || pattern.contains("/gia-han/") || pattern.contains("/chuyen-co-quan/")
						? reviewTask : taskId,
				"articleId", caseId, "itemId", caseId);
		String template = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
		// any other path variable (a report, an article, a file) gets the case id: a guessed id of another kind
		return UriComponentsBuilder.fromPath(template).build().expand(name -> values.getOrDefault(name, caseId)).toUriString();
	}
}
