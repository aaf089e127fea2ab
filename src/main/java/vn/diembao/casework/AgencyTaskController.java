package vn.diembao.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;

@Controller
@RequestMapping("/viec-can-xu-ly")
class AgencyTaskController {

	private final AgencyWork work;
	private final PressCases cases;
	private final Agencies agencies;

	AgencyTaskController(AgencyWork work, PressCases cases, Agencies agencies) {
		this.work = work;
		this.cases = cases;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@RequestParam(name = "hoSo", required = false) Long caseId, Authentication auth, Model model) {
		var tasks = work.tasksFor(CurrentUser.of(auth));
		model.addAttribute("tasks", caseId == null ? tasks : tasks.stream().filter(t -> t.caseId() == caseId).toList());
		model.addAttribute("total", tasks.size());
		return "casework/tasks";
	}

	@GetMapping("/{taskId}")
	String show(@PathVariable String taskId, Authentication auth, Model model) {
		CurrentUser user = CurrentUser.of(auth);
		var task = work.task(taskId, user).orElseThrow(() -> new CaseNotFoundException("Không tìm thấy việc " + taskId));
		model.addAttribute("task", task);
		model.addAttribute("case", cases.find(task.caseId(), user).orElseThrow());
		model.addAttribute("agencies", agencies.active());
		if (!model.containsAttribute("reply")) {
			model.addAttribute("reply", work.draftOrBlank(taskId, user, UUID.randomUUID().toString()));
		}
		return "casework/task";
	}

	@PostMapping("/{taskId}")
	String reply(@PathVariable String taskId, @Valid @ModelAttribute("reply") ReplyForm reply, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication auth, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return show(taskId, auth, model);
		}
		try {
			work.reply(taskId, reply, files, CurrentUser.of(auth));
		}
		catch (IllegalArgumentException invalid) {
			model.addAttribute("error", invalid.getMessage());
			return show(taskId, auth, model);
		}
		flash.addFlashAttribute("message", "Đã gửi phản hồi. Sở sẽ thẩm định và thông báo kết quả.");
		return "redirect:/viec-can-xu-ly";
	}

	@PostMapping("/{taskId}/nhap")
	String saveDraft(@PathVariable String taskId, @ModelAttribute("reply") ReplyForm reply, Authentication auth,
			RedirectAttributes flash) {
		if (work.saveDraft(taskId, reply, CurrentUser.of(auth))) {
			flash.addFlashAttribute("message", "Đã lưu bản nháp.");
		}
		else {
			flash.addFlashAttribute("error", "Bản nháp vừa được người khác cập nhật; nội dung bạn nhập chưa được lưu — "
					+ "hãy sao chép lại phần của mình trước khi tải lại trang.");
			flash.addFlashAttribute("reply", reply);
		}
		return "redirect:/viec-can-xu-ly/" + taskId;
	}

	@PostMapping("/{taskId}/de-nghi")
	String request(@PathVariable String taskId, @RequestParam AssignmentRequest.Kind kind, @RequestParam String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline,
			@RequestParam(required = false) Long proposedAgencyId, Authentication auth, RedirectAttributes flash) {
		try {
			work.request(taskId, new AssignmentRequest(kind, reason, proposedDeadline, proposedAgencyId), CurrentUser.of(auth));
			flash.addFlashAttribute("message", kind == AssignmentRequest.Kind.EXTENSION
					? "Đã gửi đề nghị gia hạn; Sở sẽ xem xét." : "Đã gửi đề xuất chuyển cơ quan; Sở sẽ xem xét.");
			return "redirect:/viec-can-xu-ly";
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
			return "redirect:/viec-can-xu-ly/" + taskId;
		}
	}
}
