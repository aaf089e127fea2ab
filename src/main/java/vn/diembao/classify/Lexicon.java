package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue phrases with weights and categories ({@code classify/lexicon.csv}): negative (“tồn tại, hạn chế”), positive,
 * and needs-response cues. Found on syllable boundaries in one pass over the text.
 */
final class Lexicon {

	enum Polarity {
		NEG, POS, RESP
	}

	record Cue(String phrase, Polarity polarity, double weight, String category) {
	}

	record Hit(Cue cue, boolean inTitle) {
	}

	private final Map<String, List<Cue>> byPhrase;
	private final int longest;

	private Lexicon(Map<String, List<Cue>> byPhrase, int longest) {
		this.byPhrase = byPhrase;
		this.longest = longest;
	}

	static Lexicon load() {
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("classify/lexicon.csv")) {
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được từ điển classify/lexicon.csv", e);
		}
	}

	static Lexicon read(BufferedReader reader) throws IOException {
		Map<String, List<Cue>> byPhrase = new HashMap<>();
		int longest = 1;
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split(",");
			String key = Tokens.lowered(cols[1]);
			Cue cue = new Cue(cols[1], Polarity.valueOf(cols[0].toUpperCase()), Double.parseDouble(cols[2]), cols[3]);
			byPhrase.computeIfAbsent(key, k -> new ArrayList<>(2)).add(cue);
			for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
				byPhrase.putIfAbsent(key.substring(0, space), new ArrayList<>(0));
			}
			longest = Math.max(longest, key.split(" ").length);
		}
		return new Lexicon(byPhrase, longest);
	}

	/** Every cue found in the title and the lead (overlapping phrases all count: “xả thải trái phép” and “xả thải”). */
	List<Hit> find(Tokens title, Tokens lead) {
		List<Hit> hits = new ArrayList<>();
		collect(title, true, hits);
		collect(lead, false, hits);
		return hits;
	}

	private void collect(Tokens tokens, boolean inTitle, List<Hit> hits) {
		for (int start = 0; start < tokens.size(); start++) {
			for (int len = 1; len <= longest && start + len <= tokens.size(); len++) {
				List<Cue> cues = byPhrase.get(tokens.join(start, start + len));
				if (cues == null) {
					break;
				}
				for (Cue cue : cues) {
					hits.add(new Hit(cue, inTitle));
				}
			}
		}
	}
}
