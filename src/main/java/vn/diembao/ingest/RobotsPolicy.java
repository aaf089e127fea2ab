package vn.diembao.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/** robots.txt per host (crawler-commons), cached for a day; an unreachable robots.txt allows crawling. */
class RobotsPolicy {

	private static final Duration TTL = Duration.ofHours(24);

	private final Function<URI, byte[]> robotsFetcher;
	private final String agentName;
	private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
	private final Map<String, CachedRules> cache = new ConcurrentHashMap<>();

	RobotsPolicy(Function<URI, byte[]> robotsFetcher, String userAgent) {
		this.robotsFetcher = robotsFetcher;
		this.agentName = userAgent.split("[/ ]")[0].toLowerCase();
	}

	boolean isAllowed(URI uri) {
		if (uri.getPath() != null && uri.getPath().equals("/robots.txt")) {
			return true;
		}
		String origin = uri.getScheme() + "://" + uri.getAuthority();
		CachedRules cached = cache.get(origin);
		if (cached == null || cached.fetchedAt.plus(TTL).isBefore(Instant.now())) {
			cached = new CachedRules(load(URI.create(origin + "/robots.txt")), Instant.now());
			cache.put(origin, cached);
		}
		return cached.rules.isAllowed(uri.toString());
	}

	private BaseRobotRules load(URI robotsUri) {
		try {
			byte[] content = robotsFetcher.apply(robotsUri);
			if (content == null) {
				return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
			}
			return parser.parseContent(robotsUri.toString(), content, "text/plain", List.of(agentName));
		}
		catch (FetchException unreachable) {
			return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
		}
	}

	private record CachedRules(BaseRobotRules rules, Instant fetchedAt) {
	}
}
