package id.desasadar.agent;

import id.desasadar.account.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard/agents?region=&month=}: the agents' and the staff's month, for managers. */
@Controller
class AgentDashboardPage {

	private final MonthlyReports reports;

	AgentDashboardPage(MonthlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/dashboard/agents")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String show(@RequestParam(required = false) String region, @RequestParam(required = false) String month,
			Viewer viewer, Model model) {
		AgentReport agents = reports.agents(region, month, viewer);
		model.addAttribute("report", agents);
		model.addAttribute("staff", reports.staff(agents.region().code(), agents.month().toString(), viewer));
		return "agents/dashboard";
	}
}
