package id.desasadar.agent;

import id.desasadar.account.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The month's figures of agents and staff of a region. Managers read them (domain.md, Who uses it); they
 * hold what agents are paid and how each officer works, so they are not for staff or village heads.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class AgentDashboardApi {

	private final MonthlyReports reports;

	AgentDashboardApi(MonthlyReports reports) {
		this.reports = reports;
	}

	/** Without {@code regionCode}, the caller's first scope; without {@code month}, the current month. */
	@GetMapping("/agents")
	AgentReport agents(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String month,
			Viewer viewer) {
		return reports.agents(regionCode, month, viewer);
	}

	@GetMapping("/staff")
	StaffReport staff(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String month,
			Viewer viewer) {
		return reports.staff(regionCode, month, viewer);
	}
}
