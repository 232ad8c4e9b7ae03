package id.desasadar.worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** api.md, Workers: register, read, correct and search. */
@RestController
@RequestMapping("/api/v1/workers")
class WorkerApi {

	private final Workers workers;
	private final WorkerRegistry registry;
	private final WorkerSearch search;
	private final ApiProblems problems;
	private final NikDisclosures disclosures;

	WorkerApi(Workers workers, WorkerRegistry registry, WorkerSearch search, ApiProblems problems,
			NikDisclosures disclosures) {
		this.workers = workers;
		this.registry = registry;
		this.search = search;
		this.problems = problems;
		this.disclosures = disclosures;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<WorkerView> register(@RequestBody WorkerRequest request, Viewer viewer) {
		Worker worker = registry.register(registry.check(request, viewer), viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(worker.getId()).toUri()).body(view(worker, viewer));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<WorkerView> worker(@PathVariable long id, Viewer viewer) {
		Worker worker = workers.findVisible(id, viewer);
		if (viewer.seesFullNik() && !worker.isAnonymised()) {
			disclosures.disclosed(viewer, worker, "GET /api/v1/workers/" + id);
		}
		// The version as an entity tag too, for clients that send it back as If-Match on PUT.
		return ResponseEntity.ok().eTag(String.valueOf(worker.getVersion())).body(view(worker, viewer));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<WorkerView> correct(@PathVariable long id, @RequestBody WorkerRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Viewer viewer) {
		Worker worker = registry.correct(id, request.withVersionIfMissing(versionOf(ifMatch)), viewer);
		return ResponseEntity.ok().eTag(String.valueOf(worker.getVersion())).body(view(worker, viewer));
	}

	/** The version an If-Match header names ({@code "3"} or {@code W/"3"}), if it names one. */
	static Long versionOf(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		return tag.matches("\\d{1,18}") ? Long.valueOf(tag) : null;
	}

	@GetMapping
	@Transactional(readOnly = true)
	WorkerSearchResults search(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String q,
			@SortDefault(sort = { "name", "id" }, direction = Sort.Direction.ASC) Pageable pageable, Viewer viewer) {
		WorkerSearch.Results results = search.search(viewer, villageCode, q, pageable, "GET /api/v1/workers");
		if (viewer.seesFullNik()) {
			disclosures.disclosedMany(viewer, "GET /api/v1/workers", filter(villageCode, q, pageable),
					results.page().getNumberOfElements());
		}
		return new WorkerSearchResults(results.page().map(worker -> WorkerView.of(worker, viewer, null)),
				results.capped());
	}

	static Map<String, Object> filter(String villageCode, String q, Pageable pageable) {
		Map<String, Object> filter = new LinkedHashMap<>();
		filter.put("villageCode", villageCode);
		filter.put("q", q);
		filter.put("page", pageable.getPageNumber());
		filter.put("size", pageable.getPageSize());
		return filter;
	}

	private WorkerView view(Worker worker, Viewer viewer) {
		return WorkerView.of(worker, viewer, WorkerView.Warning.of(registry.warningsFor(worker), problems));
	}
}
