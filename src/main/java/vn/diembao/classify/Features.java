package vn.diembao.classify;

import java.util.List;

/**
 * What the linear model sees: syllables and syllable pairs of title and lead (title syllables also on their own,
 * since the headline says what the piece is about), lexicon cue strengths by polarity and category, and a few
 * shape and context signals (a question mark, place mentions, relevance).
 */
final class Features {

	private static final boolean NGRAMS = !Boolean.getBoolean("diembao.features.no-ngrams");

	private Features() {
	}

	static FeatureVector extract(Tokens title, Tokens lead, List<Lexicon.Hit> hits, RelevanceScorer.Relevance relevance) {
		FeatureVector vector = new FeatureVector();
		if (NGRAMS) {
			ngrams(title, "t:", vector);
			ngrams(title, "", vector);
			ngrams(lead, "", vector);
		}
		double neg = 0;
		double pos = 0;
		double resp = 0;
		for (Lexicon.Hit hit : hits) {
			Lexicon.Cue cue = hit.cue();
			double weight = Math.abs(cue.weight()) * (hit.inTitle() ? 1.5 : 1);
			switch (cue.polarity()) {
				case NEG -> neg += weight;
				case POS -> pos += weight;
				case RESP -> resp += weight;
			}
			String polarity = cue.polarity().name().toLowerCase();
			vector.add("lexcat:" + polarity + ":" + cue.category(), 1);
			if (hit.inTitle()) {
				vector.add("lextitle:" + polarity, 1);
			}
		}
		vector.add("lex:neg", Math.min(neg, 9) / 3);
		vector.add("lex:pos", Math.min(pos, 9) / 3);
		vector.add("lex:resp", Math.min(resp, 9) / 3);
		vector.add("lex:balance", Math.max(-3, Math.min(3, (pos - neg) / 3)));
		if (relevance.relevant()) {
			vector.add("ctx:relevant", 1);
		}
		if (relevance.placeInTitle()) {
			vector.add("ctx:place-title", 1);
		}
		if (relevance.placeInLead()) {
			vector.add("ctx:place-lead", 1);
		}
		vector.add("bias", 1);
		return vector;
	}

	private static void ngrams(Tokens tokens, String prefix, FeatureVector vector) {
		String previous = null;
		for (String syllable : tokens.lower) {
			vector.add(prefix + syllable, 1);
			if (previous != null && prefix.isEmpty()) {
				vector.add(previous + "_" + syllable, 1);
			}
			previous = syllable;
		}
	}
}
