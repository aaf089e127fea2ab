package vn.diembao.shared.cli;

/**
 * A command run by {@code java -jar diembao.jar <name> …} without starting the web app or the database
 * (extraction and classification tools, benchmarks). Implementations register in
 * {@code META-INF/services/vn.diembao.shared.cli.CliCommand}.
 */
public interface CliCommand {

	String name();

	/** Runs the command and returns the process exit code. */
	int run(String[] args) throws Exception;
}
