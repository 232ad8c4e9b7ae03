package id.desasadar.agent;

import id.desasadar.account.Viewer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Perisai agents: register one in scope, list and read them. */
@RestController
@RequestMapping("/api/v1/agents")
class AgentApi {

	private final AgentRegistry registry;
	private final Agents agents;

	AgentApi(AgentRegistry registry, Agents agents) {
		this.registry = registry;
		this.agents = agents;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
	ResponseEntity<AgentView> register(@RequestBody AgentRequest request, Viewer viewer) {
		Agent agent = registry.register(request, viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(agent.getId()).toUri()).body(AgentView.of(agent));
	}

	@GetMapping("/{id}")
	AgentView agent(@PathVariable long id, Viewer viewer) {
		return AgentView.of(agents.findVisible(id, viewer));
	}

	/** The agents in scope, those working in {@code regionCode} or under it when given. */
	@GetMapping
	PagedModel<AgentView> agents(@RequestParam(required = false) String regionCode,
			@SortDefault(sort = { "name", "id" }) Pageable pageable, Viewer viewer) {
		Specification<Agent> spec = Agents.visibleTo(viewer);
		if (regionCode != null && !regionCode.isBlank()) {
			String code = regionCode.strip();
			// The code range of the region, as Viewer.within makes it: '/' follows the '.' of any code under it.
			spec = spec.and((root, query, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("regionCode"), code),
					cb.lessThan(root.get("regionCode"), code + "/")));
		}
		return new PagedModel<>(agents.findAll(spec, pageable).map(AgentView::of));
	}
}
