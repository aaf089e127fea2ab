package vn.diembao.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.Outlets;

/** “Nguồn thu thập”: each source's health, adding and changing sources, and a manual “fetch now”. */
@Controller
class SourcesController {

	private final Sources sources;
	private final ManualPolls polls;
	private final Outlets outlets;

	SourcesController(Sources sources, ManualPolls polls, Outlets outlets) {
		this.sources = sources;
		this.polls = polls;
		this.outlets = outlets;
	}

	@GetMapping("/nguon")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewSource(null, "", "RSS", null, true));
		}
		model.addAttribute("sources", sources.list());
		model.addAttribute("outlets", outlets.all());
		model.addAttribute("pollStatuses", polls.all());
		return "ingest/sources";
	}

	@PostMapping("/nguon")
	String add(@ModelAttribute NewSource form, Model model, RedirectAttributes flash) {
		try {
			SourceView added = sources.add(form);
			flash.addFlashAttribute("message", "Đã thêm nguồn " + added.url() + " (" + added.outletName() + ").");
			return "redirect:/nguon";
		}
		catch (InvalidSourceException e) {
			model.addAttribute("form", form);
			model.addAttribute("formErrors", e.errors());
			model.addAttribute("error", "Chưa thêm được nguồn: " + e.getMessage());
			return list(model);
		}
	}

	@PostMapping("/nguon/{id}/bat")
	String enable(@PathVariable long id, RedirectAttributes flash) {
		return changed(flash, () -> sources.setEnabled(id, true), "Đã bật nguồn ");
	}

	@PostMapping("/nguon/{id}/tat")
	String disable(@PathVariable long id, RedirectAttributes flash) {
		return changed(flash, () -> sources.setEnabled(id, false), "Đã tắt nguồn ");
	}

	@PostMapping("/nguon/{id}/chu-ky")
	String interval(@PathVariable long id, @RequestParam(name = "phut", required = false) Integer minutes,
			RedirectAttributes flash) {
		return changed(flash, () -> sources.setPollInterval(id, minutes == null ? -1 : minutes), "Đã đổi chu kỳ nguồn ");
	}

	@PostMapping("/nguon/{id}/quy-tac")
	String linkRules(@PathVariable long id, @RequestParam(name = "linkSelector", required = false) String selector,
			@RequestParam(name = "linkInclude", required = false) String include,
			@RequestParam(name = "linkExclude", required = false) String exclude, RedirectAttributes flash) {
		return changed(flash, () -> sources.setLinkRules(id, selector, include, exclude), "Đã lưu quy tắc chọn liên kết của nguồn ");
	}

	/** With htmx the poll runs in the background and a status fragment polls itself; without, it runs here. */
	@PostMapping("/nguon/{id}/thu-ngay")
	String pollNow(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes flash) {
		if (htmx != null) {
			model.addAttribute("status", polls.start(id));
			return "ingest/poll-status :: poll-status";
		}
		PollStatus result = PollStatus.finished(sources.pollNow(id));
		flash.addFlashAttribute(result.failed() ? "error" : "message", result.message());
		return "redirect:/nguon";
	}

	@GetMapping("/nguon/{id}/trang-thai")
	String pollStatus(@PathVariable long id, Model model) {
		model.addAttribute("status", polls.status(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa thu thập nguồn này")));
		return "ingest/poll-status :: poll-status";
	}

	private static String changed(RedirectAttributes flash, java.util.function.Supplier<SourceView> change, String done) {
		try {
			SourceView source = change.get();
			flash.addFlashAttribute("message", done + source.url() + ".");
		}
		catch (InvalidSourceException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		catch (SourceNotFoundException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
		return "redirect:/nguon";
	}
}
