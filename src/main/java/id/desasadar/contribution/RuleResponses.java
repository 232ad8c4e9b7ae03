package id.desasadar.contribution;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answers of every family of {@code /api/v1/rules}, whichever module keeps it. */
public final class RuleResponses {

	private RuleResponses() {
	}

	/** A family is a few dozen rows, read whole and paged here as the list convention asks (api.md). */
	public static <T> PagedModel<T> paged(List<T> rows, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new PagedModel<>(new PageImpl<>(rows.subList(from, to), pageable, rows.size()));
	}

	/** {@code 201} with the new row and its address, the request's own followed by its id. */
	public static <T> ResponseEntity<T> created(T body, long id) {
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
			.toUri()).body(body);
	}
}
