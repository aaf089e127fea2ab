package vn.diembao.ingest;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import vn.diembao.shared.text.VietnameseText;

/**
 * Near-duplicate detection: a MinHash signature over 3-word shingles estimates the Jaccard similarity of two texts;
 * 20 bands of 5 rows make texts with similarity above about 0.55 share a band with high probability (LSH), so only
 * those few candidates need comparing. Small edits across outlets (a changed title, a sentence added) keep
 * syndicated copies well above the {@value #SAME_STORY} threshold; different stories share almost no shingles.
 */
final class MinHash {

	static final int HASHES = 100;
	static final int BANDS = 20;
	static final int ROWS = HASHES / BANDS;
	static final double SAME_STORY = 0.5;
	private static final int SHINGLE = 3;
	private static final int MIN_SHINGLES = 15;
	private static final long[] SEEDS = new SplittableRandom(0x5EED_D1E3L).longs(HASHES).toArray();

	private MinHash() {
	}

	/** The signature of a text, or empty when it is too short for similarity to mean anything. */
	static Optional<int[]> signature(String text) {
		String[] words = VietnameseText.lower(text == null ? "" : text).split(" ");
		Set<Long> shingles = new HashSet<>();
		for (int i = 0; i + SHINGLE <= words.length; i++) {
			shingles.add(hash(String.join(" ", Arrays.asList(words).subList(i, i + SHINGLE))));
		}
		if (shingles.size() < MIN_SHINGLES) {
			return Optional.empty();
		}
		int[] signature = new int[HASHES];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (long shingle : shingles) {
			for (int i = 0; i < HASHES; i++) {
				int value = (int) mix(shingle ^ SEEDS[i]);
				if (value < signature[i]) {
					signature[i] = value;
				}
			}
		}
		return Optional.of(signature);
	}

	/** The estimated Jaccard similarity: the share of positions where the two signatures agree. */
	static double similarity(int[] a, int[] b) {
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) HASHES;
	}

	/** One bucket per band: texts in the same bucket of any band are candidates. */
	static long[] bands(int[] signature) {
		long[] buckets = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long h = band;
			for (int row = 0; row < ROWS; row++) {
				h = mix(h * 31 + signature[band * ROWS + row]);
			}
			buckets[band] = h;
		}
		return buckets;
	}

	static byte[] toBytes(int[] signature) {
		ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
		buffer.asIntBuffer().put(signature);
		return buffer.array();
	}

	static int[] fromBytes(byte[] bytes) {
		int[] signature = new int[bytes.length / 4];
		ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
		return signature;
	}

	private static long hash(String shingle) {
		long h = 0xcbf29ce484222325L; // FNV-1a, then mixed: stable across JVMs, unlike String.hashCode's 32 bits
		for (int i = 0; i < shingle.length(); i++) {
			h = (h ^ shingle.charAt(i)) * 0x100000001b3L;
		}
		return mix(h);
	}

	/** SplitMix64's finaliser: every input bit affects every output bit. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
