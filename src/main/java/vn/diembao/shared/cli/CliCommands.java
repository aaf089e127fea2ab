package vn.diembao.shared.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds and runs the CLI command named by the first program argument, if there is one. */
public final class CliCommands {

	private CliCommands() {
	}

	public static Optional<CliCommand> find(String[] args) {
		if (args.length == 0 || args[0].startsWith("-")) {
			return Optional.empty();
		}
		return ServiceLoader.load(CliCommand.class, CliCommands.class.getClassLoader())
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter(command -> command.name().equals(args[0]))
			.findFirst();
	}

	public static int run(CliCommand command, String[] args) {
		try {
			return command.run(Arrays.copyOfRange(args, 1, args.length));
		}
		catch (IllegalArgumentException usage) {
			System.err.println(command.name() + ": " + usage.getMessage());
			return 2;
		}
		catch (Exception failure) {
			System.err.println(command.name() + " failed: " + failure);
			return 1;
		}
	}
}
