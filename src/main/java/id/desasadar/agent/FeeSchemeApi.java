package id.desasadar.agent;

import id.desasadar.contribution.RuleEnd;
import id.desasadar.contribution.RuleResponses;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rules/agent-fee-schemes}: the fee schemes, as the other families of {@code /api/v1/rules}. */
@RestController
@RequestMapping("/api/v1/rules/agent-fee-schemes")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class FeeSchemeApi {

	private final FeeSchemeBook book;

	FeeSchemeApi(FeeSchemeBook book) {
		this.book = book;
	}

	@GetMapping
	PagedModel<FeeSchemeView> schemes(Pageable pageable) {
		return RuleResponses.paged(book.schemes(), pageable);
	}

	@GetMapping("/{id}")
	FeeSchemeView scheme(@PathVariable long id) {
		return book.scheme(id);
	}

	@PostMapping
	ResponseEntity<FeeSchemeView> add(@RequestBody FeeSchemeRequest request) {
		FeeSchemeView added = book.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/{id}/end")
	FeeSchemeView end(@PathVariable long id, @RequestBody RuleEnd end) {
		return book.end(id, end);
	}
}
