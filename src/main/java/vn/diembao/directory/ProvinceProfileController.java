package vn.diembao.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “Hồ sơ tỉnh và địa danh” for administrators. */
@Controller
@RequestMapping("/quan-tri/ho-so-tinh")
class ProvinceProfileController {

	private static final String BASE = "/quan-tri/ho-so-tinh";

	private final ProvinceProfileAdministration profiles;

	ProvinceProfileController(ProvinceProfileAdministration profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	String show(Model model) {
		var profile = profiles.profile();
		return page(model, new ProvinceProfileAdministration.ProfileForm(profile.name(), profile.validFrom(), profile.validTo()),
				new ProvinceProfileAdministration.NameForm("", "PLACE", null, null, ""), Map.of());
	}

	@PostMapping
	String updateProfile(@ModelAttribute ProvinceProfileAdministration.ProfileForm form, Authentication auth, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			profiles.updateProfile(form, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu hồ sơ tỉnh.");
			return "redirect:" + BASE;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, form, new ProvinceProfileAdministration.NameForm("", "PLACE", null, null, ""), invalid.fields());
		}
	}

	@PostMapping("/dia-danh")
	String addName(@ModelAttribute ProvinceProfileAdministration.NameForm form, Authentication auth, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			profiles.addName(form, auth.getName());
			flash.addFlashAttribute("message", "Đã thêm “" + form.name().trim() + "”; áp dụng cho các tin bài phân loại từ bây giờ.");
			return "redirect:" + BASE;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			var profile = profiles.profile();
			return page(model, new ProvinceProfileAdministration.ProfileForm(profile.name(), profile.validFrom(), profile.validTo()),
					form, invalid.fields());
		}
	}

	@PostMapping("/dia-danh/{nameId}")
	String updateName(@PathVariable long nameId, @ModelAttribute ProvinceProfileAdministration.NameForm form,
			Authentication auth, RedirectAttributes flash) {
		try {
			profiles.updateName(nameId, form, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu “" + form.name().trim() + "”.");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:" + BASE;
	}

	@PostMapping("/dia-danh/{nameId}/xoa")
	String deleteName(@PathVariable long nameId, Authentication auth, RedirectAttributes flash) {
		try {
			profiles.deleteName(nameId, auth.getName());
			flash.addFlashAttribute("message", "Đã xóa địa danh.");
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + BASE;
	}

	@GetMapping("/xuat-csv")
	ResponseEntity<String> exportCsv() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CsvTable.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dia-danh.csv\"")
			.body(profiles.exportCsv());
	}

	@PostMapping("/nhap-csv")
	String importCsv(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes flash) throws IOException {
		try {
			int changed = profiles.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName());
			flash.addFlashAttribute("message", changed == 0 ? "Tệp không có thay đổi nào." : "Đã thêm hoặc sửa " + changed + " địa danh.");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:" + BASE;
	}

	private String page(Model model, ProvinceProfileAdministration.ProfileForm profileForm,
			ProvinceProfileAdministration.NameForm nameForm, Map<String, String> errors) {
		model.addAttribute("profile", profiles.profile());
		model.addAttribute("profileForm", profileForm);
		model.addAttribute("nameForm", nameForm);
		model.addAttribute("errors", errors);
		model.addAttribute("names", profiles.names());
		model.addAttribute("versions", profiles.versions());
		model.addAttribute("kinds", java.util.List.of("PROVINCE", "FORMER_PROVINCE", "PLACE", "COLLISION"));
		return "directory/province-profile";
	}
}
