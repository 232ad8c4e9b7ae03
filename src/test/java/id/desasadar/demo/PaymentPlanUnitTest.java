package id.desasadar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.desasadar.demo.PaymentPlan.Installment;
import id.desasadar.demo.PaymentPlan.Standing;
import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.CoveragePolicy;
import id.desasadar.enrollment.CoverageStatus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PaymentPlanUnitTest {

	private static final Coverage COVERAGE = new Coverage(CoveragePolicy.DEFAULT);
	private static final LocalDate FESTIVAL = LocalDate.of(2019, 8, 21);

	/** Days around the due day and the turn of a month and a year, on which the statuses must hold. */
	@ParameterizedTest
	@ValueSource(strings = { "2026-11-22", "2026-12-01", "2026-12-15", "2026-12-16", "2027-01-01", "2027-01-16",
			"2027-03-31", "2030-06-10" })
	void reachesTheIntendedStatusOnAnyDay(String day) {
		LocalDate today = LocalDate.parse(day);
		for (int chunk : new int[] { 1, 3, 6, 12 }) {
			for (int payDay : new int[] { 1, 10, 15 }) {
				assertThat(status(PaymentPlan.paying(chunk, payDay), FESTIVAL, today)).isEqualTo(CoverageStatus.ACTIVE);
				for (int arrears = 1; arrears <= 3; arrears++) {
					assertThat(status(new PaymentPlan(Standing.ARREARS, chunk, payDay, arrears, null), FESTIVAL, today))
						.isEqualTo(CoverageStatus.ARREARS);
				}
				assertThat(status(new PaymentPlan(Standing.LAPSED, chunk, payDay, 0, YearMonth.of(2022, 5)), FESTIVAL,
						today)).isEqualTo(CoverageStatus.LAPSED);
				assertThat(status(new PaymentPlan(Standing.UNPAID, chunk, payDay, 0, null), FESTIVAL, today))
					.isEqualTo(CoverageStatus.PENDING);
			}
		}
	}

	@Test
	void paysCalendarYearsInJanuaryAfterAFirstPaymentAtTheFestival() {
		List<Installment> installments = PaymentPlan.paying(12, 10).installments(FESTIVAL, LocalDate.of(2022, 2, 1),
				COVERAGE);
		assertThat(installments).containsExactly(new Installment(FESTIVAL, YearMonth.of(2019, 8), 5),
				new Installment(LocalDate.of(2020, 1, 10), YearMonth.of(2020, 1), 12),
				new Installment(LocalDate.of(2021, 1, 10), YearMonth.of(2021, 1), 12),
				new Installment(LocalDate.of(2022, 1, 10), YearMonth.of(2022, 1), 12));
	}

	@Test
	void neverPaysLateNorInTheFutureNorMoreThanTwelveMonths() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		for (int chunk : new int[] { 1, 3, 6, 12 }) {
			List<Installment> installments = new PaymentPlan(Standing.LAPSED, chunk, 15, 0, YearMonth.of(2024, 12))
				.installments(LocalDate.of(2020, 2, 28), today, COVERAGE);
			YearMonth paidThrough = null;
			for (Installment installment : installments) {
				assertThat(installment.paidOn()).isBeforeOrEqualTo(today);
				assertThat(installment.months()).isBetween(1, 12);
				if (paidThrough != null) {
					assertThat(installment.firstMonth()).isEqualTo(paidThrough.plusMonths(1));
					assertThat(COVERAGE.monthsUnpaid(paidThrough, installment.paidOn())).isZero();
				}
				paidThrough = installment.firstMonth().plusMonths(installment.months() - 1L);
			}
			assertThat(paidThrough).isEqualTo(YearMonth.of(2024, 12));
		}
	}

	private static CoverageStatus status(PaymentPlan plan, LocalDate enrolledOn, LocalDate today) {
		YearMonth paidThrough = null;
		for (Installment installment : plan.installments(enrolledOn, today, COVERAGE)) {
			paidThrough = COVERAGE.paidThroughAfter(paidThrough, YearMonth.from(enrolledOn), installment.months());
		}
		return COVERAGE.statusOf(paidThrough, false, today);
	}
}
