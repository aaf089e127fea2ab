package vn.diembao.fakenews;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.diembao.shared.audit.AuditLog;

/**
 * Receives reports from the public form and from officers. A report about a URL or claim already open is merged
 * into it (the reporter is kept), so the team handles each rumour once.
 */
@Service
public class FakeNewsIntake {

	static final String AUDIT_SUBJECT = "FAKE_NEWS";
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	public record Receipt(String trackingCode, boolean merged) {
	}

	private final FakeNewsRecords records;
	private final RuntimeService runtime;
	private final IntakeRateLimiter rateLimiter;
	private final AuditLog audit;
	private final SecureRandom random = new SecureRandom();

	FakeNewsIntake(FakeNewsRecords records, RuntimeService runtime, IntakeRateLimiter rateLimiter, AuditLog audit) {
		this.records = records;
		this.runtime = runtime;
		this.rateLimiter = rateLimiter;
		this.audit = audit;
	}

	/** From the public form; refused politely when the same address sends too many. */
	@Transactional
	public Receipt fromPublic(ReportForm form, List<MultipartFile> files, String remoteAddress) {
		if (!rateLimiter.tryAcquire(remoteAddress)) {
			throw new TooManyReportsException();
		}
		return receive(form, files, "PUBLIC", "người dân");
	}

	@Transactional
	public Receipt fromOfficer(ReportForm form, List<MultipartFile> files, String officer) {
		return receive(form, files, "INTERNAL", officer);
	}

	private Receipt receive(ReportForm form, List<MultipartFile> files, String channel, String actor) {
		List<CheckedImage> images = checked(files);
		var duplicate = records.openDuplicate(form.url(), form.claim());
		long reportId;
		String code;
		if (duplicate.isPresent()) {
			reportId = duplicate.get().id();
			code = duplicate.get().trackingCode();
			audit.record(actor, "Gộp phản ánh trùng", AUDIT_SUBJECT, reportId, "Kênh " + channel);
		}
		else {
			code = newTrackingCode();
			reportId = records.insert(code, form, channel, actor);
			String instance = runtime.startProcessInstanceByKey("fakeNews", "report-" + reportId, Map.of("reportId", reportId))
				.getProcessInstanceId();
			records.setProcessInstance(reportId, instance);
			audit.record(actor, "Tiếp nhận phản ánh tin giả", AUDIT_SUBJECT, reportId, "Kênh " + channel + ", " + form.platform());
		}
		if (form.contact() != null && !form.contact().isBlank() && form.consented()) {
			records.addReporter(reportId, form.contact());
		}
		images.forEach(image -> records.addFile(reportId, image));
		return new Receipt(code, duplicate.isPresent());
	}

	private String newTrackingCode() {
		StringBuilder code = new StringBuilder("TG-");
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static List<CheckedImage> checked(List<MultipartFile> files) {
		List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (present.size() > CheckedImage.MAX_FILES) {
			throw new IllegalArgumentException("Tối đa " + CheckedImage.MAX_FILES + " ảnh cho một phản ánh");
		}
		return present.stream().map(CheckedImage::of).toList();
	}
}
