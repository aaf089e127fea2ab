package vn.diembao.ingest;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedHosts hosts (or host:port) the SSRF guard lets through although they resolve to a private or
 *     loopback address — for an outlet mirror inside the government network, or the demo's local fixture site
 * @param politenessDelay minimum time between two requests to the same host
 */
@ConfigurationProperties("diembao.ingest")
public record IngestProperties(String userAgent, Duration pollCheckInterval, Duration defaultPollInterval,
		long maxResponseBytes, Duration connectTimeout, Duration readTimeout, List<String> allowedHosts,
		Duration politenessDelay, boolean schedulingEnabled) {

	public IngestProperties {
		allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
		politenessDelay = politenessDelay == null ? Duration.ofSeconds(1) : politenessDelay;
	}
}
