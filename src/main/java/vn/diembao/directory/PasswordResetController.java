package vn.diembao.directory;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page the reset link in the e-mail opens; it needs no sign-in, only the link's code. */
@Controller
@RequestMapping("/dat-lai-mat-khau")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping
	String form(@RequestParam(name = "ma", required = false) String token, Model model, HttpServletResponse response) {
		model.addAttribute("token", token);
		model.addAttribute("username", resets.usernameFor(token).orElse(null));
		model.addAttribute("errors", Map.of());
		if (model.getAttribute("username") == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		return "directory/password-reset";
	}

	@PostMapping
	String reset(@RequestParam(name = "ma") String token, @RequestParam String password, @RequestParam String repeated,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			resets.reset(token, password, repeated);
			return "redirect:/login?matkhaumoi";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("token", token);
			model.addAttribute("username", resets.usernameFor(token).orElse(null));
			model.addAttribute("errors", invalid.fields());
			return "directory/password-reset";
		}
		catch (IllegalArgumentException expired) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("token", token);
			model.addAttribute("username", null);
			model.addAttribute("errors", Map.of());
			return "directory/password-reset";
		}
	}
}
