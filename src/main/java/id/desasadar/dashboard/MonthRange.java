package id.desasadar.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months of the enrollments-per-month chart: those of the chosen period, else of the chosen campaign, else
 * the last 12 months up to this one. At most {@link #MAX_MONTHS}, the latest, so that a period of decades
 * still draws a readable chart.
 */
record MonthRange(YearMonth first, YearMonth last) {

	static final int DEFAULT_MONTHS = 12;

	static final int MAX_MONTHS = 120;

	static MonthRange of(LocalDate from, LocalDate to, LocalDate campaignStart, LocalDate campaignEnd, LocalDate today) {
		boolean byCampaign = from == null && to == null && campaignStart != null;
		YearMonth last = to != null ? YearMonth.from(to)
				: byCampaign ? YearMonth.from(campaignEnd) : YearMonth.from(today);
		YearMonth first = from != null ? YearMonth.from(from)
				: byCampaign ? YearMonth.from(campaignStart) : last.minusMonths(DEFAULT_MONTHS - 1L);
		if (first.isAfter(last)) {
			last = first;
		}
		if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
			first = last.minusMonths(MAX_MONTHS - 1L);
		}
		return new MonthRange(first, last);
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}
}
