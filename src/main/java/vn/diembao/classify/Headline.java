package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One input line of the classify CLI, with the labels when it comes from a labelled file (the format of
 * shared/data/headlines-dev.jsonl: relevant_to, sentiment, needs_response, topic). Labels are null when absent.
 */
record Headline(String id, String title, String summary, String body, String outlet, String url, String date,
		String relevantTo, String sentiment, Boolean needsResponse, String topic) {

	static final ObjectMapper JSON = new ObjectMapper();

	static Headline parse(String line) throws IOException {
		JsonNode node = JSON.readTree(line);
		return new Headline(text(node, "id"), text(node, "title"), text(node, "summary"), text(node, "body"),
				text(node, "outlet"), text(node, "url"), text(node, "date"), text(node, "relevant_to"),
				text(node, "sentiment"), node.hasNonNull("needs_response") ? node.get("needs_response").asBoolean() : null,
				text(node, "topic"));
	}

	static List<Headline> readAll(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readAll(reader);
		}
	}

	static List<Headline> readAll(BufferedReader reader) throws IOException {
		List<Headline> headlines = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isBlank()) {
				headlines.add(parse(line));
			}
		}
		return headlines;
	}

	ArticleText text() {
		return ArticleText.of(title, summary, body, url);
	}

	boolean labelled() {
		return sentiment != null;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
