package vn.diembao.ingest;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param allowedHosts hosts (or host:port) the SSRF guard lets through although they resolve to a private or
 *     loopback address — for an outlet mirror inside the government network, or the demo's local fixture site
 * @param politenessDelay minimum time between two requests to the same host
 * @param maxRetries retries of a request answered 429 or 5xx (0 = none)
 * @param maxRetryWait the longest wait before a retry; a longer Retry-After makes the fetch fail for this poll
 * @param maxConnectionsPerHost requests in flight to one host at a time, across all sources
 * @param sitemapWindow how recent a sitemap entry's publication or modification date must be to be collected
 *     (default 3 days)
 */
@ConfigurationProperties("diembao.ingest")
public record IngestProperties(String userAgent, Duration pollCheckInterval, Duration defaultPollInterval,
		long maxResponseBytes, Duration connectTimeout, Duration readTimeout, List<String> allowedHosts,
		Duration politenessDelay, boolean schedulingEnabled, Integer maxRetries, Duration maxRetryWait,
		Integer maxConnectionsPerHost, Duration sitemapWindow) {

	public IngestProperties(String userAgent, Duration pollCheckInterval, Duration defaultPollInterval,
			long maxResponseBytes, Duration connectTimeout, Duration readTimeout, List<String> allowedHosts,
			Duration politenessDelay, boolean schedulingEnabled) {
		this(userAgent, pollCheckInterval, defaultPollInterval, maxResponseBytes, connectTimeout, readTimeout, allowedHosts,
				politenessDelay, schedulingEnabled, null, null, null, null);
	}

	public IngestProperties(String userAgent, Duration pollCheckInterval, Duration defaultPollInterval,
			long maxResponseBytes, Duration connectTimeout, Duration readTimeout, List<String> allowedHosts,
			Duration politenessDelay, boolean schedulingEnabled, Integer maxRetries, Duration maxRetryWait,
			Integer maxConnectionsPerHost) {
		this(userAgent, pollCheckInterval, defaultPollInterval, maxResponseBytes, connectTimeout, readTimeout, allowedHosts,
				politenessDelay, schedulingEnabled, maxRetries, maxRetryWait, maxConnectionsPerHost, null);
	}

	@ConstructorBinding
	public IngestProperties {
		maxRetries = maxRetries == null ? 2 : maxRetries;
		maxRetryWait = maxRetryWait == null ? Duration.ofSeconds(30) : maxRetryWait;
		maxConnectionsPerHost = maxConnectionsPerHost == null ? 2 : Math.max(1, maxConnectionsPerHost);
		allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
		politenessDelay = politenessDelay == null ? Duration.ofSeconds(1) : politenessDelay;
		sitemapWindow = sitemapWindow == null ? Duration.ofDays(3) : sitemapWindow;
	}
}
