package id.desasadar.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.desasadar.contribution.Program;

/**
 * The tables of the dashboard as downloads ({@code /dashboard/<name>.csv}, {@code .xlsx}): the page's rows with
 * raw numbers rather than formatted ones, and as every download of the application, the field names of the JSON
 * API (DashboardReport) as column names.
 */
enum DashboardTable {

	REGIONS("code", "name", "workers", "enrolled", "active", "workforceEstimate", "coverage") {
		@Override
		List<List<?>> rows(DashboardReport report) {
			return report.children().stream().<List<?>>map(c -> Arrays.asList(c.code(), c.name(), c.workers(),
					c.enrolled(), c.active(), c.workforceEstimate(), c.coverage())).toList();
		}
	},

	PROGRAMS("program", "enrollments") {
		@Override
		List<List<?>> rows(DashboardReport report) {
			return Arrays.stream(Program.values()).<List<?>>map(program -> List.of(program.name(),
					report.totals().byProgram().getOrDefault(program, 0L))).toList();
		}
	},

	MONTHS("month", "enrollments") {
		@Override
		List<List<?>> rows(DashboardReport report) {
			return report.byMonth().stream().<List<?>>map(m -> List.of(m.month().toString(), m.enrollments())).toList();
		}
	},

	STATUSES("status", "enrollments") {
		@Override
		List<List<?>> rows(DashboardReport report) {
			return report.statuses().byStatus().entrySet().stream()
				.<List<?>>map(e -> List.of(e.getKey().name(), e.getValue())).toList();
		}
	},

	EVENTS("id", "name", "date", "villageCode", "villageName", "enrollments") {
		@Override
		List<List<?>> rows(DashboardReport report) {
			return report.events().stream().<List<?>>map(e -> List.of(e.id(), e.name(), e.date(), e.villageCode(),
					e.villageName(), e.enrollments())).toList();
		}
	};

	private final List<String> columns;

	DashboardTable(String... columns) {
		this.columns = List.of(columns);
	}

	List<String> columns() {
		return columns;
	}

	/** The address's name: {@code regions}, {@code programs}, ... */
	String fileName() {
		return name().toLowerCase(Locale.ROOT);
	}

	abstract List<List<?>> rows(DashboardReport report);

	/** The table an address names (the mapping admits only these names). */
	static DashboardTable named(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}
}
