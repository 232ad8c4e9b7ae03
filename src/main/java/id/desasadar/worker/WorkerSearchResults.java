package id.desasadar.worker;

import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of a worker search as api.md answers lists ({@code content}, {@code page}), plus {@code capped}: more
 * workers match than the {@value WorkerSearch#WINDOW} that a search lists (then {@code page.totalElements}
 * is that number); narrow the search to see the others.
 */
class WorkerSearchResults extends PagedModel<WorkerView> {

	private final boolean capped;

	WorkerSearchResults(Page<WorkerView> page, boolean capped) {
		super(page);
		this.capped = capped;
	}

	@JsonProperty
	public boolean capped() {
		return capped;
	}
}
