package id.desasadar.agent;

import java.util.Arrays;
import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The two tables of {@code /dashboard/agents} as CSV or XLSX, for the region and month the page shows. They
 * hold one row per agent or staff member of the region, already summed by the database, so they are read
 * whole and written into the response row by row. Region and month are checked before anything is written.
 */
@Component
class AgentDashboardExport {

	/**
	 * The columns: the names of the API's JSON ({@code /api/v1/dashboard/agents} and {@code /staff}). Those of the
	 * 2022 scheme come after the first ten, so that a sheet reading the 2018 columns by position still reads them;
	 * each line names the scheme that paid it, and the other scheme's cells are empty.
	 */
	static final List<String> AGENT_COLUMNS = List.of("id", "code", "name", "active", "newParticipants", "collected",
			"fee", "bonus", "bonusEarned", "total", "scheme", "firstTimeParticipants", "acquisition", "acquisitionEarned",
			"retention", "officeShare");

	static final List<String> STAFF_COLUMNS = List.of("username", "enrollments", "collected");

	private final MonthlyReports reports;
	private final MessageSource messages;

	AgentDashboardExport(MonthlyReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	void agents(String region, String month, String extension, Viewer viewer, HttpServletResponse response) {
		TableFormat format = TableFormat.ofExtension(extension);
		AgentReport report = reports.agents(region, month, viewer);
		TableWriter table = TableDownload.start(response, format,
				"agen-" + report.region().code() + "-" + report.month(), sheet("agents.dashboard.agents"));
		table.row(AGENT_COLUMNS);
		for (AgentReport.Line line : report.agents()) {
			table.row(Arrays.asList(line.id(), line.code(), line.name(), line.active(), line.newParticipants(),
					line.collected(), line.fee(), line.bonus(), line.bonusEarned(), line.total(), line.scheme(),
					line.firstTimeParticipants(), line.acquisition(), line.acquisitionEarned(), line.retention(),
					line.officeShare()));
		}
		table.finish();
	}

	void staff(String region, String month, String extension, Viewer viewer, HttpServletResponse response) {
		TableFormat format = TableFormat.ofExtension(extension);
		StaffReport report = reports.staff(region, month, viewer);
		TableWriter table = TableDownload.start(response, format,
				"petugas-" + report.region().code() + "-" + report.month(), sheet("agents.dashboard.staff"));
		table.row(STAFF_COLUMNS);
		for (AgentFigures.StaffMonth member : report.staff()) {
			table.row(member.username(), member.enrollments(), member.collected());
		}
		table.finish();
	}

	private String sheet(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
