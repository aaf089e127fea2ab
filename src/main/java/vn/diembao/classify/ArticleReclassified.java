package vn.diembao.classify;

import java.util.List;

/**
 * An article classified again (after a gazetteer or model change, on an administrator's request) whose decision
 * changed. Listeners update what they derived from the first decision but keep what people decided since.
 */
public record ArticleReclassified(long articleId, boolean relevant, Tone tone, Topic topic, boolean needsResponse,
		List<String> places, List<String> reasons) {
}
