package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The NewsArticle object of a page's JSON-LD, if it has one (also inside {@code @graph} or arrays). */
record JsonLdArticle(String headline, String description, String datePublished, String author, String dateModified,
		String image, List<String> keywords) {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
			"AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting", "ReviewNewsArticle",
			"BackgroundNewsArticle", "TechArticle", "Report");

	static Optional<JsonLdArticle> of(Document document) {
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				JsonNode article = findArticle(JSON.readTree(script.data()));
				if (article != null) {
					return Optional.of(new JsonLdArticle(text(article.get("headline")), text(article.get("description")),
							text(article.get("datePublished")), authorName(article.get("author")),
							text(article.get("dateModified")), image(article.get("image")), keywords(article.get("keywords"))));
				}
			}
			catch (Exception malformed) {
				// outlets ship broken JSON-LD often enough; the DOM strategies still apply
			}
		}
		return Optional.empty();
	}

	private static JsonNode findArticle(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isArray()) {
			for (JsonNode child : node) {
				JsonNode found = findArticle(child);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		JsonNode type = node.get("@type");
		if (type != null && (ARTICLE_TYPES.contains(type.asText())
				|| type.isArray() && type.findValuesAsText("").stream().anyMatch(ARTICLE_TYPES::contains)
				|| type.isArray() && containsArticleType(type))) {
			return node;
		}
		return findArticle(node.get("@graph"));
	}

	private static boolean containsArticleType(JsonNode types) {
		for (JsonNode type : types) {
			if (ARTICLE_TYPES.contains(type.asText())) {
				return true;
			}
		}
		return false;
	}

	private static String authorName(JsonNode author) {
		if (author == null) {
			return null;
		}
		if (author.isArray()) {
			return author.isEmpty() ? null : authorName(author.get(0));
		}
		return author.isObject() ? text(author.get("name")) : text(author);
	}

	private static String image(JsonNode image) {
		if (image == null) {
			return null;
		}
		if (image.isArray()) {
			return image.isEmpty() ? null : image(image.get(0));
		}
		return image.isObject() ? text(image.get("url")) : text(image);
	}

	private static List<String> keywords(JsonNode keywords) {
		List<String> result = new ArrayList<>();
		if (keywords == null) {
			return result;
		}
		if (keywords.isArray()) {
			keywords.forEach(k -> {
				if (text(k) != null) {
					result.add(text(k));
				}
			});
			return result;
		}
		String all = text(keywords);
		if (all != null) {
			for (String keyword : all.split(",")) {
				if (!keyword.isBlank()) {
					result.add(keyword.trim());
				}
			}
		}
		return result;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isContainerNode()) {
			return null;
		}
		String value = node.asText().trim();
		return value.isEmpty() ? null : value;
	}
}
