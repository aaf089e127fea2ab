package vn.diembao.casework;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.CurrentUser;

@Controller
@RequestMapping("/viec-can-xu-ly")
class AgencyTaskController {

	private final AgencyWork work;
	private final PressCases cases;

	AgencyTaskController(AgencyWork work, PressCases cases) {
		this.work = work;
		this.cases = cases;
	}

	@GetMapping
	String list(Authentication auth, Model model) {
		model.addAttribute("tasks", work.tasksFor(CurrentUser.of(auth)));
		return "casework/tasks";
	}

	@GetMapping("/{taskId}")
	String show(@PathVariable String taskId, Authentication auth, Model model) {
		CurrentUser user = CurrentUser.of(auth);
		var task = work.task(taskId, user).orElseThrow(() -> new CaseNotFoundException("Không tìm thấy việc " + taskId));
		model.addAttribute("task", task);
		model.addAttribute("case", cases.find(task.caseId(), user).orElseThrow());
		if (!model.containsAttribute("reply")) {
			model.addAttribute("reply", new ReplyForm("", "", null));
		}
		return "casework/task";
	}

	@PostMapping("/{taskId}")
	String reply(@PathVariable String taskId, @Valid @ModelAttribute("reply") ReplyForm reply, BindingResult errors,
			Authentication auth, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return show(taskId, auth, model);
		}
		work.reply(taskId, reply, CurrentUser.of(auth));
		flash.addFlashAttribute("message", "Đã gửi phản hồi. Sở sẽ thẩm định và thông báo kết quả.");
		return "redirect:/viec-can-xu-ly";
	}
}
