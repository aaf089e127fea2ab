package vn.diembao.shared.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** “Nhật ký thao tác” for administrators: the latest events, whether the hash chain is intact, and a CSV export. */
@Controller
@RequestMapping("/quan-tri/nhat-ky")
class AuditController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String latest(Model model) {
		model.addAttribute("entries", audit.latest(200));
		model.addAttribute("brokenAt", audit.firstBrokenLink().orElse(null));
		return "shared/audit";
	}

	@GetMapping("/xuat")
	void export(@RequestParam("tu") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("den") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("nhat-ky-" + from + "-" + to + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF'); // spreadsheets need the mark to read UTF-8
		audit.exportCsv(from.atStartOfDay(VIETNAM).toInstant(), to.plusDays(1).atStartOfDay(VIETNAM).toInstant(), out);
		out.flush();
	}
}
