package vn.diembao.directory;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses as administrators type them: one, or several separated by commas, semicolons or spaces. */
final class Emails {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	private Emails() {
	}

	static boolean isValid(String address) {
		return ADDRESS.matcher(address).matches();
	}

	static List<String> split(String addresses) {
		if (addresses == null) {
			return List.of();
		}
		return Arrays.stream(addresses.split("[,;\\s]+")).map(String::trim).filter(a -> !a.isEmpty()).toList();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
