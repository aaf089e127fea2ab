package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short lines that templates put between paragraphs in every language we meet: calls to share, subscribe or read
 * more, cookie notices, ad labels, bylines and datelines. Judged on the text because their markup varies too much.
 */
final class BoilerplateLines {

	private static final int SHORT = 160;
	private static final Pattern PROMPT = Pattern.compile("^(read (more|also|next)|see (more|also)|also (read|on|see)|"
			+ "related( stories| articles| coverage)?\\s*:|more\\s*:|watch\\s*:|listen\\s*:|click here|continue reading|"
			+ "don'?t miss|you (may|might) also like|recommended( for you)?|trending( now)?$|advertisement|advert$|"
			+ "sponsored|share (this|on|via)|like this story|follow (us|@)|sign up|subscribe|get the latest|skip to|"
			+ "this slideshow requires|this (web)?site uses cookies|we use cookies|comments?$|tell us what you think|"
			+ "tags?\\s*:|tags$|published\\s*:|updated\\s*:|posted (on|in|by)|image( source)?\\s*:|photo( credit)?\\s*:|"
			+ "credit\\s*:|©|copyright|all rights reserved|xem thêm|đọc thêm|tin liên quan|bài liên quan|chia sẻ( bài viết)?$|"
			+ "bình luận$|bình luận \\(|quảng cáo$|tin khác$|mời (quý )?(vị )?độc giả)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern BYLINE = Pattern.compile("^(by|written by|bởi|theo)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*[-–|,]?\\s*$");

	private BoilerplateLines() {
	}

	static List<String> remove(List<String> paragraphs) {
		List<String> kept = new ArrayList<>(paragraphs.size());
		for (int i = 0; i < paragraphs.size(); i++) {
			String paragraph = paragraphs.get(i);
			if (paragraph.length() < SHORT && PROMPT.matcher(paragraph).find()) {
				continue;
			}
			if (i < 3 && paragraph.length() < 60 && BYLINE.matcher(paragraph).matches()) {
				continue;
			}
			kept.add(paragraph);
		}
		return kept;
	}
}
