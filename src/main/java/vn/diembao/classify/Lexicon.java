package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.diembao.shared.text.VietnameseText;

/** Phrase → weight lists, lowered and NFC-normalised; '#' lines are comments, a missing weight means 1. */
record Lexicon(Map<String, Double> weights) {

	static Lexicon load(String classpathLocation) {
		Map<String, Double> weights = new LinkedHashMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(classpathLocation).getInputStream(),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split(",");
				weights.put(VietnameseText.lower(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1].trim()) : 1.0);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được từ điển " + classpathLocation, e);
		}
		return new Lexicon(Map.copyOf(weights));
	}
}
