package id.desasadar.agent;

import id.desasadar.account.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dashboard/agents?region=&month=}: the agents' and the staff's month, for managers; its two tables
 * download as {@code /dashboard/agents.csv} (or {@code .xlsx}) and {@code /dashboard/staff.csv} with the same
 * filters.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class AgentDashboardPage {

	private final MonthlyReports reports;
	private final AgentDashboardExport export;

	AgentDashboardPage(MonthlyReports reports, AgentDashboardExport export) {
		this.reports = reports;
		this.export = export;
	}

	@GetMapping("/dashboard/agents")
	String show(@RequestParam(required = false) String region, @RequestParam(required = false) String month,
			Viewer viewer, Model model) {
		AgentReport agents = reports.agents(region, month, viewer);
		model.addAttribute("report", agents);
		model.addAttribute("staff", reports.staff(agents.region().code(), agents.month().toString(), viewer));
		return "agents/dashboard";
	}

	@GetMapping("/dashboard/agents.{format}")
	void agents(@RequestParam(required = false) String region, @RequestParam(required = false) String month,
			@PathVariable String format, Viewer viewer, HttpServletResponse response) {
		export.agents(region, month, format, viewer, response);
	}

	@GetMapping("/dashboard/staff.{format}")
	void staff(@RequestParam(required = false) String region, @RequestParam(required = false) String month,
			@PathVariable String format, Viewer viewer, HttpServletResponse response) {
		export.staff(region, month, format, viewer, response);
	}
}
