package vn.diembao.classify;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.diembao.directory.ProvinceProfiles;

/** {@code POST /api/v1/classify}: classify a text an officer pastes in, with the reasons, against the current profile. */
@RestController
@RequestMapping("/api/v1/classify")
class ClassifyApiController {

	private final CurrentClassifier classifier;
	private final ProvinceProfiles profiles;
	private final ModelRetraining retraining;

	ClassifyApiController(CurrentClassifier classifier, ProvinceProfiles profiles, ModelRetraining retraining) {
		this.classifier = classifier;
		this.profiles = profiles;
		this.retraining = retraining;
	}

	/** The “Huấn luyện lại” button: a new model from base data and corrections, deployed only if not worse. */
	@PostMapping("/retrain")
	ModelRetraining.Outcome retrain(java.security.Principal principal) {
		return retraining.retrain(principal.getName());
	}

	record Request(String title, String summary, String body, String url) {
	}

	record Response(boolean relevant, double relevanceScore, String tone, boolean needsResponse, String topic,
			List<String> places, List<String> agencies, List<String> reasons, String modelVersion, String profile) {
	}

	@PostMapping
	Response classify(@RequestBody Request request) {
		if (request.title() == null || request.title().isBlank()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, "Thiếu tiêu đề (title)");
		}
		var profile = profiles.current();
		var decision = classifier.classify(ArticleText.of(request.title(), request.summary(), request.body(), request.url()),
				profile);
		return new Response(decision.relevant(), decision.relevanceScore(), decision.tone().code(), decision.needsResponse(),
				decision.topic().code(), decision.places(), decision.agencies(), decision.reasons(), decision.modelVersion(),
				profile.code());
	}

}
