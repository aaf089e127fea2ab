package vn.diembao.ingest;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources}: the same operations as the “Nguồn thu thập” page, for scripts and other tools. */
@RestController
@RequestMapping("/api/v1/sources")
class SourcesApiController {

	/**
	 * A change of an existing source: fields left out stay as they are. The link rules of a LISTING source change
	 * together: when any of the three is present all three are set (blank or absent ones cleared).
	 */
	record SourceChange(Boolean enabled, Integer pollIntervalMinutes, String linkSelector, String linkInclude,
			String linkExclude) {
	}

	private final Sources sources;
	private final ManualPolls polls;

	SourcesApiController(Sources sources, ManualPolls polls) {
		this.sources = sources;
		this.polls = polls;
	}

	@GetMapping
	List<SourceView> list() {
		return sources.list();
	}

	@GetMapping("/{id}")
	SourceView one(@PathVariable long id) {
		return sources.find(id).orElseThrow(() -> new SourceNotFoundException(id));
	}

	@PostMapping
	ResponseEntity<SourceView> add(@RequestBody NewSource source) {
		SourceView added = sources.add(source);
		return ResponseEntity.created(URI.create("/api/v1/sources/" + added.id())).body(added);
	}

	@PatchMapping("/{id}")
	SourceView change(@PathVariable long id, @RequestBody SourceChange change) {
		SourceView view = one(id);
		if (change.pollIntervalMinutes() != null) {
			view = sources.setPollInterval(id, change.pollIntervalMinutes());
		}
		if (change.linkSelector() != null || change.linkInclude() != null || change.linkExclude() != null) {
			view = sources.setLinkRules(id, change.linkSelector(), change.linkInclude(), change.linkExclude());
		}
		if (change.enabled() != null) {
			view = sources.setEnabled(id, change.enabled());
		}
		return view;
	}

	@PostMapping("/{id}/poll")
	ResponseEntity<PollStatus> poll(@PathVariable long id) {
		return ResponseEntity.accepted().body(polls.start(id));
	}

	@GetMapping("/{id}/poll")
	PollStatus pollStatus(@PathVariable long id) {
		return polls.status(id).orElseThrow(() -> new SourceNotFoundException(id));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidSourceException e) {
		HttpStatus status = e.duplicate() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(e.duplicate() ? "Nguồn đã có" : "Nguồn không hợp lệ");
		problem.setProperty("errors", e.errors());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(SourceNotFoundException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Không có nguồn");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}
}
