package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageUnitTest {

	private final Coverage coverage = new Coverage(CoveragePolicy.DEFAULT);

	@Test
	@DisplayName("domain.md Payments: BPU pay by the 15th of the month itself, so on the 15th March is not yet due")
	void currentMonthIsNotDueUpToTheFifteenth() {
		YearMonth paidThroughFebruary = YearMonth.of(2026, 2);

		assertThat(coverage.monthsUnpaid(paidThroughFebruary, LocalDate.of(2026, 3, 1))).isZero();
		assertThat(coverage.monthsUnpaid(paidThroughFebruary, LocalDate.of(2026, 3, 15))).isZero();
		assertThat(coverage.statusOf(paidThroughFebruary, false, LocalDate.of(2026, 3, 15)))
				.isEqualTo(CoverageStatus.ACTIVE);
	}

	@Test
	@DisplayName("domain.md Payments: on the 16th the current month is unpaid")
	void currentMonthIsDueFromTheSixteenth() {
		YearMonth paidThroughFebruary = YearMonth.of(2026, 2);

		assertThat(coverage.monthsUnpaid(paidThroughFebruary, LocalDate.of(2026, 3, 16))).isEqualTo(1);
		assertThat(coverage.statusOf(paidThroughFebruary, false, LocalDate.of(2026, 3, 16)))
				.isEqualTo(CoverageStatus.ARREARS);
	}

	@ParameterizedTest
	@CsvSource({ "2026-04-15, 2, ARREARS", "2026-04-16, 3, ARREARS", "2026-05-15, 3, ARREARS",
			"2026-05-16, 4, LAPSED", "2026-12-31, 11, LAPSED" })
	@DisplayName("domain.md Payments: arrears up to 3 months; more than 3 consecutive unpaid months ends participation")
	void lapsesAfterMoreThanThreeUnpaidMonths(LocalDate today, int unpaid, CoverageStatus status) {
		YearMonth paidThroughJanuary = YearMonth.of(2026, 1);

		assertThat(coverage.monthsUnpaid(paidThroughJanuary, today)).isEqualTo(unpaid);
		assertThat(coverage.statusOf(paidThroughJanuary, false, today)).isEqualTo(status);
	}

	/** domain.md, PU contributions: due by the 15th of the following month. */
	private final Coverage pu = coverage.withDueMonthsAfter(month -> 1);

	@ParameterizedTest
	@CsvSource({ "2026-03-16, 0, ACTIVE", "2026-04-15, 0, ACTIVE", "2026-04-16, 1, ARREARS", "2026-06-16, 3, ARREARS",
			"2026-07-16, 4, LAPSED" })
	@DisplayName("domain.md PU contributions: March is due by 15 April, so a PU worker paid through February is not in arrears a month early")
	void aPuMonthFallsDueByTheFifteenthOfTheFollowingMonth(LocalDate today, int unpaid, CoverageStatus status) {
		YearMonth paidThroughFebruary = YearMonth.of(2026, 2);

		assertThat(pu.monthsUnpaid(paidThroughFebruary, today)).isEqualTo(unpaid);
		assertThat(pu.statusOf(paidThroughFebruary, false, today)).isEqualTo(status);
		assertThat(pu.policy()).isEqualTo(coverage.policy());
	}

	@Test
	@DisplayName("domain.md PU contributions: the status bounds of PU lie a month before BPU's")
	void puStatusBoundsLieAMonthEarlier() {
		LocalDate today = LocalDate.of(2026, 4, 16);

		assertThat(coverage.statusBounds(today)).isEqualTo(new Coverage.StatusBounds(LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 1, 1)));
		assertThat(pu.statusBounds(today)).isEqualTo(new Coverage.StatusBounds(LocalDate.of(2026, 3, 1),
				LocalDate.of(2025, 12, 1)));
	}

	@Test
	@DisplayName("domain.md PU contributions: where the term changes, each month falls due by its own term")
	void eachMonthFallsDueByItsOwnTerm() {
		// Months before 2026-04 due the following month, from 2026-04 in the month itself.
		Coverage changing = coverage.withDueMonthsAfter(month -> month.isBefore(YearMonth.of(2026, 4)) ? 1 : 0);

		assertThat(changing.lastMonthDue(LocalDate.of(2026, 3, 16))).isEqualTo(YearMonth.of(2026, 2));
		assertThat(changing.lastMonthDue(LocalDate.of(2026, 4, 16))).isEqualTo(YearMonth.of(2026, 4));
		assertThat(coverage.withDueMonthsAfter(month -> 2).lastMonthDue(LocalDate.of(2026, 4, 16)))
			.isEqualTo(YearMonth.of(2026, 2));
	}

	@Test
	@DisplayName("domain.md Payments: December 2025 counts as the month before January 2026")
	void countsAcrossTheYearBoundary() {
		YearMonth paidThroughDecember = YearMonth.of(2025, 12);

		assertThat(coverage.monthsUnpaid(paidThroughDecember, LocalDate.of(2026, 1, 15))).isZero();
		assertThat(coverage.monthsUnpaid(paidThroughDecember, LocalDate.of(2026, 1, 20))).isEqualTo(1);
		assertThat(coverage.statusOf(paidThroughDecember, false, LocalDate.of(2026, 1, 20)))
				.isEqualTo(CoverageStatus.ARREARS);
		assertThat(coverage.monthsUnpaid(YearMonth.of(2025, 10), LocalDate.of(2026, 1, 20))).isEqualTo(3);
		assertThat(coverage.monthsUnpaid(YearMonth.of(2025, 9), LocalDate.of(2026, 1, 20))).isEqualTo(4);
	}

	@Test
	@DisplayName("domain.md Payments: months paid in advance keep the worker active, never negative unpaid")
	void payingAheadIsActive() {
		YearMonth paidThroughNextYear = YearMonth.of(2027, 3);

		assertThat(coverage.monthsUnpaid(paidThroughNextYear, LocalDate.of(2026, 4, 20))).isZero();
		assertThat(coverage.statusOf(paidThroughNextYear, false, LocalDate.of(2026, 4, 20)))
				.isEqualTo(CoverageStatus.ACTIVE);
	}

	@Test
	@DisplayName("api.md Enrollments: PENDING when nothing is paid yet")
	void isPendingWhenNothingPaid() {
		assertThat(coverage.statusOf(null, false, LocalDate.of(2026, 4, 20))).isEqualTo(CoverageStatus.PENDING);
		assertThatNullPointerException().isThrownBy(() -> coverage.monthsUnpaid(null, LocalDate.of(2026, 4, 20)));
	}

	@Test
	@DisplayName("api.md Enrollments: ENDED wins over every payment state")
	void endedWinsOverEverything() {
		LocalDate today = LocalDate.of(2026, 4, 20);

		assertThat(coverage.statusOf(null, true, today)).isEqualTo(CoverageStatus.ENDED);
		assertThat(coverage.statusOf(YearMonth.of(2026, 12), true, today)).isEqualTo(CoverageStatus.ENDED);
		assertThat(coverage.statusOf(YearMonth.of(2020, 1), true, today)).isEqualTo(CoverageStatus.ENDED);
	}

	@Test
	@DisplayName("domain.md Payments [M]: due day and arrears limit are configurable")
	void followsAnotherPolicy() {
		Coverage strict = new Coverage(new CoveragePolicy(10, 0));
		YearMonth paidThroughFebruary = YearMonth.of(2026, 2);

		assertThat(strict.statusOf(paidThroughFebruary, false, LocalDate.of(2026, 3, 10)))
				.isEqualTo(CoverageStatus.ACTIVE);
		assertThat(strict.statusOf(paidThroughFebruary, false, LocalDate.of(2026, 3, 11)))
				.isEqualTo(CoverageStatus.LAPSED);
	}

	@Test
	@DisplayName("domain.md Payments: a first payment covers the enrollment's first month onwards")
	void firstPaymentStartsAtTheFirstMonth() {
		YearMonth august2019 = YearMonth.of(2019, 8);

		assertThat(coverage.nextMonthDue(null, august2019)).isEqualTo(august2019);
		assertThat(coverage.paidThroughAfter(null, august2019, 1)).isEqualTo(august2019);
		assertThat(coverage.paidThroughAfter(null, august2019, 12)).isEqualTo(YearMonth.of(2020, 7));
	}

	@Test
	@DisplayName("domain.md Payments: 3, 6 or 12 months in advance extend what is already paid")
	void laterPaymentsExtendPaidThrough() {
		YearMonth paidThroughNovember = YearMonth.of(2025, 11);
		YearMonth firstMonth = YearMonth.of(2025, 1);

		assertThat(coverage.nextMonthDue(paidThroughNovember, firstMonth)).isEqualTo(YearMonth.of(2025, 12));
		assertThat(coverage.paidThroughAfter(paidThroughNovember, firstMonth, 3)).isEqualTo(YearMonth.of(2026, 2));
		assertThat(coverage.paidThroughAfter(paidThroughNovember, firstMonth, 6)).isEqualTo(YearMonth.of(2026, 5));
	}

	@Test
	@DisplayName("domain.md Payments: settling arrears pays the oldest unpaid months first")
	void settlingArrearsMakesActiveAgain() {
		LocalDate today = LocalDate.of(2026, 4, 20);
		YearMonth paidThrough = YearMonth.of(2026, 1);

		YearMonth settled = coverage.paidThroughAfter(paidThrough, YearMonth.of(2025, 6), 3);

		assertThat(settled).isEqualTo(YearMonth.of(2026, 4));
		assertThat(coverage.statusOf(settled, false, today)).isEqualTo(CoverageStatus.ACTIVE);
	}

	@Test
	@DisplayName("domain.md Payments: a payment covers at least one month")
	void rejectsPaymentOfNoMonths() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> coverage.paidThroughAfter(YearMonth.of(2026, 1), YearMonth.of(2025, 1), 0));
		assertThatNullPointerException().isThrownBy(() -> coverage.nextMonthDue(null, null));
	}

	@ParameterizedTest
	@CsvSource({ "0, 3", "29, 3", "15, -1" })
	@DisplayName("domain.md Payments: a due day that exists in every month, arrears not negative")
	void rejectsImpossiblePolicies(int dueDay, int maxArrearsMonths) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoveragePolicy(dueDay, maxArrearsMonths));
	}

	@Test
	@DisplayName("domain.md Payments: by the 15th, arrears up to 3 months")
	void defaultPolicyIsTheFifteenthAndThreeMonths() {
		assertThat(CoveragePolicy.DEFAULT).isEqualTo(new CoveragePolicy(15, 3));
	}

	@ParameterizedTest
	@EnumSource(CoverageStatus.class)
	@DisplayName("style.md: every visible string comes from messages, Bahasa Indonesia and English")
	void everyStatusHasAMessageInBothLanguages(CoverageStatus status) throws IOException {
		assertThat(status.messageKey()).isEqualTo("coverage.status." + status.name());
		for (String file : new String[] { "enrollment.properties", "enrollment_en.properties" }) {
			Properties messages = new Properties();
			try (var in = getClass().getResourceAsStream("/i18n/" + file)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.getProperty(status.messageKey())).as(file).isNotBlank();
		}
	}

	@Test
	@DisplayName("domain.md, Coverage status: the bounds on the month paid through give the statuses statusOf gives")
	void statusBoundsAgreeWithStatusOf() {
		for (LocalDate today : new LocalDate[] { LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 16),
				LocalDate.of(2027, 1, 3) }) {
			Coverage.StatusBounds bounds = coverage.statusBounds(today);
			for (int back = -2; back <= 8; back++) {
				YearMonth paidThrough = YearMonth.from(today).minusMonths(back);
				LocalDate stored = paidThrough.atDay(1);
				CoverageStatus byBounds = !stored.isBefore(bounds.activeFrom()) ? CoverageStatus.ACTIVE
						: !stored.isBefore(bounds.arrearsFrom()) ? CoverageStatus.ARREARS : CoverageStatus.LAPSED;
				assertThat(byBounds).as("%s paid through %s", today, paidThrough)
					.isEqualTo(coverage.statusOf(paidThrough, false, today));
			}
		}
	}
}
