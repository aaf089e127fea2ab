package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Headlines the team wrote and labelled by the labelling guide, blind to the dev set ({@code
 * classify/written-headlines.jsonl}). Real labelled rows are few (350), so these add the vocabulary of many more
 * kinds of events. They are always training data: never held out, never scored, never used to set a threshold.
 */
final class WrittenHeadlines {

	static final String RESOURCE = "classify/written-headlines.jsonl";

	private WrittenHeadlines() {
	}

	static List<Headline> load() {
		try (InputStream in = WrittenHeadlines.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return List.of();
			}
			return Headline.readAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được " + RESOURCE, e);
		}
	}
}
