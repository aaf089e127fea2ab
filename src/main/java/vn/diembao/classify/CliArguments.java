package vn.diembao.classify;

import java.util.HashMap;
import java.util.Map;

/** “--name value” pairs of a CLI command; an unknown or dangling option is a usage error. */
final class CliArguments {

	private final Map<String, String> values = new HashMap<>();

	CliArguments(String[] args, String usage, String... known) {
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (!java.util.List.of(known).contains(name) || i + 1 >= args.length) {
				throw new IllegalArgumentException("tham số không hợp lệ “" + name + "”. Cách dùng: " + usage);
			}
			values.put(name, args[++i]);
		}
	}

	String required(String name, String usage) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("thiếu " + name + ". Cách dùng: " + usage);
		}
		return value;
	}

	String optional(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}
}
