package vn.diembao.directory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “Người dùng và vai trò” for administrators. */
@Controller
@RequestMapping("/quan-tri/nguoi-dung")
class UserController {

	private final UserAdministration users;
	private final PasswordResets resets;
	private final Agencies agencies;

	UserController(UserAdministration users, PasswordResets resets, Agencies agencies) {
		this.users = users;
		this.resets = resets;
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.all());
		return "directory/users";
	}

	@GetMapping("/moi")
	String newUser(Model model) {
		return form(model, null, new UserAdministration.UserForm("", "", "", EnumSet.noneOf(Role.class), null, ""), Map.of());
	}

	@GetMapping("/{userId}")
	String edit(@PathVariable long userId, Model model) {
		var user = users.byId(userId).orElseThrow(() -> new RecordNotFoundException("Không có người dùng " + userId));
		return form(model, user, new UserAdministration.UserForm(user.username(), user.fullName(), user.email(), user.roles(),
				user.agencyId(), null), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute UserAdministration.UserForm form, Authentication auth, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			long id = users.create(normalised(form), auth.getName());
			flash.addFlashAttribute("message", "Đã tạo người dùng " + form.username().trim() + ".");
			return "redirect:/quan-tri/nguoi-dung/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, null, form, invalid.fields());
		}
	}

	@PostMapping("/{userId}")
	String update(@PathVariable long userId, @ModelAttribute UserAdministration.UserForm form, Authentication auth,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			users.update(userId, normalised(form), auth.getName());
			flash.addFlashAttribute("message", "Đã lưu người dùng.");
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, users.byId(userId).orElseThrow(), form, invalid.fields());
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/quan-tri/nguoi-dung/" + userId;
	}

	@PostMapping("/{userId}/khoa")
	String disable(@PathVariable long userId, Authentication auth, RedirectAttributes flash) {
		return enabled(userId, false, auth, flash);
	}

	@PostMapping("/{userId}/mo-khoa")
	String enable(@PathVariable long userId, Authentication auth, RedirectAttributes flash) {
		return enabled(userId, true, auth, flash);
	}

	@PostMapping("/{userId}/dat-lai-mat-khau")
	String sendResetLink(@PathVariable long userId, Authentication auth, RedirectAttributes flash) {
		try {
			String address = resets.sendLink(userId, auth.getName());
			flash.addFlashAttribute("message", "Đã gửi liên kết đặt lại mật khẩu tới " + address + ".");
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/quan-tri/nguoi-dung/" + userId;
	}

	private String enabled(long userId, boolean enabled, Authentication auth, RedirectAttributes flash) {
		try {
			users.setEnabled(userId, enabled, auth.getName());
			flash.addFlashAttribute("message", enabled ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản.");
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/quan-tri/nguoi-dung";
	}

	private String form(Model model, UserAdministration.UserRow user, UserAdministration.UserForm form,
			Map<String, String> errors) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", agencies.active());
		return "directory/user-form";
	}

	private static UserAdministration.UserForm normalised(UserAdministration.UserForm form) {
		Set<Role> roles = form.roles() == null ? EnumSet.noneOf(Role.class) : form.roles();
		return new UserAdministration.UserForm(form.username(), form.fullName(), form.email(), roles, form.agencyId(),
				form.password());
	}
}
