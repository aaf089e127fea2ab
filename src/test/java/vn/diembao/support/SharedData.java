package vn.diembao.support;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The team's shared data folder: {@code -Ddiembao.shared=…}, else {@code DIEMBAO_SHARED}, else {@code ../shared}.
 * Tests that need it skip, saying why, when it is absent.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path root() {
		String configured = System.getProperty("diembao.shared", System.getenv("DIEMBAO_SHARED"));
		return configured != null ? Path.of(configured) : Path.of("..", "shared");
	}

	/** The folder under the shared root, or the test is skipped with a clear message. */
	public static Path require(String relative) {
		Path path = root().resolve(relative);
		assumeTrue(Files.exists(path), "Shared data " + path.toAbsolutePath().normalize()
				+ " is absent (set -Ddiembao.shared or DIEMBAO_SHARED): skipping");
		return path;
	}
}
