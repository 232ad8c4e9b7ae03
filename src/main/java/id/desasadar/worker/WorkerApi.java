package id.desasadar.worker;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	WorkerApi(Workers workers, WorkerRegistry registry, WorkerSearch search, ApiProblems problems) {
		this.workers = workers;
		this.registry = registry;
		this.search = search;
		this.problems = problems;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<WorkerView> register(@RequestBody WorkerRequest request, Viewer viewer) {
		Worker worker = registry.register(request, viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(worker.getId()).toUri()).body(view(worker, viewer));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	WorkerView worker(@PathVariable long id, Viewer viewer) {
		return view(workers.findVisible(id, viewer), viewer);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	WorkerView correct(@PathVariable long id, @RequestBody WorkerRequest request, Viewer viewer) {
		return view(registry.correct(id, request, viewer), viewer);
	}

	@GetMapping
	@Transactional(readOnly = true)
	WorkerSearchResults search(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String q,
			@SortDefault(sort = { "name", "id" }, direction = Sort.Direction.ASC) Pageable pageable, Viewer viewer) {
		WorkerSearch.Results results = search.search(viewer, villageCode, q, pageable);
		return new WorkerSearchResults(results.page().map(worker -> WorkerView.of(worker, viewer, null)),
				results.capped());
	}

	private WorkerView view(Worker worker, Viewer viewer) {
		List<WorkerView.Warning> warnings = registry.warningsFor(worker).stream()
			.map(w -> new WorkerView.Warning(w.code(), problems.message(w.messageKey(), w.code()), w.workerId()))
			.toList();
		return WorkerView.of(worker, viewer, warnings);
	}
}
