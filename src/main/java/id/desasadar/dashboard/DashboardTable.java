package id.desasadar.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.desasadar.contribution.Program;

/**
 * The tables of the dashboard as downloads ({@code /dashboard/<name>.csv}, {@code .xlsx}): the same rows as on
 * the page, raw numbers rather than formatted ones. Headers are message keys of i18n/pages-dashboard.
 */
enum DashboardTable {

	REGIONS(List.of("dashboard.table.code", "regions.figures.region", "regions.figures.workers",
			"regions.figures.enrolled", "regions.figures.active", "regions.figures.workforce", "regions.figures.coverage")) {
		@Override
		List<List<?>> rows(DashboardReport report, Function<String, String> messages) {
			return report.children().stream().<List<?>>map(c -> cells(c.code(), c.name(), c.workers(), c.enrolled(),
					c.active(), c.workforceEstimate(), c.coverage())).toList();
		}
	},

	PROGRAMS(List.of("dashboard.programs.program", "dashboard.table.enrollments")) {
		@Override
		List<List<?>> rows(DashboardReport report, Function<String, String> messages) {
			List<List<?>> rows = new ArrayList<>();
			for (Program program : Program.values()) {
				rows.add(cells(program.name(), report.totals().byProgram().getOrDefault(program, 0L)));
			}
			return rows;
		}
	},

	MONTHS(List.of("dashboard.months.month", "dashboard.table.enrollments")) {
		@Override
		List<List<?>> rows(DashboardReport report, Function<String, String> messages) {
			return report.byMonth().stream().<List<?>>map(m -> cells(m.month().toString(), m.enrollments())).toList();
		}
	},

	STATUSES(List.of("dashboard.statuses.status", "dashboard.table.enrollments")) {
		@Override
		List<List<?>> rows(DashboardReport report, Function<String, String> messages) {
			return report.statuses().byStatus().entrySet().stream()
				.<List<?>>map(e -> cells(messages.apply(e.getKey().messageKey()), e.getValue())).toList();
		}
	},

	EVENTS(List.of("dashboard.events.id", "dashboard.events.event", "dashboard.events.date", "dashboard.table.code",
			"dashboard.events.village", "dashboard.table.enrollments")) {
		@Override
		List<List<?>> rows(DashboardReport report, Function<String, String> messages) {
			return report.events().stream().<List<?>>map(e -> cells(e.id(), e.name(), e.date(), e.villageCode(),
					e.villageName(), e.enrollments())).toList();
		}
	};

	private final List<String> headerKeys;

	DashboardTable(List<String> headerKeys) {
		this.headerKeys = headerKeys;
	}

	List<String> headerKeys() {
		return headerKeys;
	}

	/** The address's name: {@code regions}, {@code programs}, ... */
	String fileName() {
		return name().toLowerCase(Locale.ROOT);
	}

	abstract List<List<?>> rows(DashboardReport report, Function<String, String> messages);

	/** The table an address names; {@code null} for none. */
	static DashboardTable named(String name) {
		for (DashboardTable table : values()) {
			if (table.fileName().equals(name)) {
				return table;
			}
		}
		return null;
	}

	private static List<?> cells(Object... cells) {
		return java.util.Arrays.asList(cells);
	}
}
