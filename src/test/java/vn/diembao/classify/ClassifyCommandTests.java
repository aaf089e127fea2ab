package vn.diembao.classify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.diembao.shared.cli.CliCommands;
import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifyCommandTests {

	@TempDir
	Path dir;

	@Test
	void classifyWritesOneDecisionPerLineInTheIssueFormat() throws Exception {
		Path input = dir.resolve("in.jsonl");
		Files.writeString(input, """
				{"id":"a1","title":"Dân tố bãi rác gây ô nhiễm ở Gia Nghĩa, Đắk Nông","summary":"","outlet":"Báo X","url":"https://x.vn/a","date":"2026-08-01"}
				{"id":"a2","title":"Giá vàng hôm nay giảm mạnh","summary":"Giá vàng trong nước giảm theo thế giới.","outlet":"Báo Y","url":"https://y.vn/b","date":"2026-08-01"}
				""", StandardCharsets.UTF_8);
		Path output = dir.resolve("out.jsonl");

		int exit = CliCommands.run(CliCommands.find(new String[] { "classify" }).orElseThrow(),
				new String[] { "classify", "--input", input.toString(), "--output", output.toString(), "--province", "lam-dong" });

		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(2);
		JsonNode first = Headline.JSON.readTree(lines.get(0));
		assertThat(first.get("id").asText()).isEqualTo("a1");
		assertThat(first.get("relevant").asBoolean()).isTrue();
		assertThat(first.get("tone").asText()).isEqualTo("negative");
		assertThat(first.get("topic").asText()).isIn("local-news", "domestic-affairs", "it-digital", "admin-reform", "other");
		assertThat(first.get("agencies").isArray()).isTrue();
		assertThat(first.get("reasons").size()).isPositive();
		assertThat(first.has("needs_response")).isTrue();
		assertThat(Headline.JSON.readTree(lines.get(1)).get("relevant").asBoolean()).isFalse();
	}

	@Test
	void anUnknownProvinceIsAUsageError() {
		assertThatThrownBy(() -> new ClassifyCommand().run(new String[] { "--input", "a", "--output", "b", "--province", "x" }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("lam-dong");
	}

	@Test
	void classifyEvalOnTheDevSetReportsEveryLabel() throws Exception {
		Path dev = SharedData.require("data/headlines-dev.jsonl");
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(new ClassifyEvalCommand().run(new String[] { "--input", dev.toString() })).isZero();
		}
		finally {
			System.setOut(original);
		}
		String report = captured.toString(StandardCharsets.UTF_8);
		assertThat(report).contains("relevant", "tone:negative", "needs_response", "topic:local-news");
		assertThat(report.lines().filter(line -> line.startsWith("relevant")).findFirst().orElseThrow())
			.satisfies(line -> assertThat(Double.parseDouble(line.replaceAll(".*F1=([0-9.]+).*", "$1"))).isGreaterThan(0.9));
	}
}
