package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.support.RuleViolationException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The enrollment guards its own state: pay, resume, end, change (issue #17, item 6). */
class EnrollmentUnitTest {

	static final Coverage COVERAGE = new Coverage(CoveragePolicy.DEFAULT);
	static final Set<Program> CORE = EnumSet.of(Program.JKK, Program.JKM);

	/** Enrolled at the 2019 festival in Wonopringgo (domain.md, The story). */
	static Enrollment atTheFestival() {
		return new Enrollment(1, CORE, LocalDate.of(2019, 8, 21), null, null, Payer.SELF, null, 16800, "staff",
				Instant.parse("2019-08-21T03:00:00Z"));
	}

	static Payment payment(Enrollment enrollment, LocalDate paidOn, YearMonth first, int months, long creditUsed,
			long creditLeft) {
		return new Payment(1, paidOn, months * 16800L,
				new PaymentCover(first, months, creditUsed, creditLeft, null, 0), "staff", Instant.EPOCH);
	}

	@Test
	@DisplayName("domain.md Payments: a payment covers the months after the last one paid, arrears first")
	void aPaymentCoversTheNextMonthsDue() {
		Enrollment enrollment = atTheFestival();
		LocalDate paidOn = LocalDate.of(2019, 8, 25);
		assertThat(enrollment.firstMonthPaidOn(paidOn, COVERAGE, LapsedReturn.PAYMENT)).isEqualTo(YearMonth.of(2019, 8));
		enrollment.paid(payment(enrollment, paidOn, YearMonth.of(2019, 8), 12, 0, 0), COVERAGE, LapsedReturn.PAYMENT);
		assertThat(enrollment.paidThroughMonth()).isEqualTo(YearMonth.of(2020, 7));
		assertThat(enrollment.getResumedFrom()).isNull();
		assertThat(enrollment.coveredSince()).isEqualTo(YearMonth.of(2019, 8));
		// Three months unpaid on 2020-11-15 (August to October): still arrears, settled oldest first.
		assertThat(enrollment.firstMonthPaidOn(LocalDate.of(2020, 11, 15), COVERAGE, LapsedReturn.PAYMENT))
			.isEqualTo(YearMonth.of(2020, 8));
	}

	@Test
	@DisplayName("domain.md Lapse and return: by default a payment on a LAPSED enrollment resumes it from the month paid")
	void aLapsedEnrollmentResumesFromTheMonthPaid() {
		Enrollment enrollment = atTheFestival();
		enrollment.paid(payment(enrollment, LocalDate.of(2019, 8, 25), YearMonth.of(2019, 8), 12, 0, 0), COVERAGE,
				LapsedReturn.PAYMENT);
		LocalDate today = LocalDate.of(2026, 11, 22);
		assertThat(enrollment.status(COVERAGE, today)).isEqualTo(CoverageStatus.LAPSED);
		assertThat(enrollment.lapsedOn(today, COVERAGE)).isTrue();

		YearMonth first = enrollment.firstMonthPaidOn(today, COVERAGE, LapsedReturn.PAYMENT);
		assertThat(first).isEqualTo(YearMonth.of(2026, 11));
		enrollment.paid(payment(enrollment, today, first, 1, 0, 0), COVERAGE, LapsedReturn.PAYMENT);

		assertThat(enrollment.status(COVERAGE, today)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(enrollment.paidThroughMonth()).isEqualTo(YearMonth.of(2026, 11));
		// The months between stay unpaid; the 3 months of the death benefit count again from November 2026.
		assertThat(enrollment.getResumedFrom()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(enrollment.coveredSince()).isEqualTo(YearMonth.of(2026, 11));
	}

	@Test
	@DisplayName("domain.md Lapse and return: a setting can require a new enrollment instead; the payment is refused")
	void whereANewEnrollmentIsRequiredALapsedEnrollmentTakesNoPayment() {
		Enrollment enrollment = atTheFestival();
		enrollment.paidThrough(YearMonth.of(2020, 7));
		LocalDate today = LocalDate.of(2026, 11, 22);
		assertThatThrownBy(() -> enrollment.firstMonthPaidOn(today, COVERAGE, LapsedReturn.NEW_ENROLLMENT))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((ProblemException) e).code()).isEqualTo("participation-lapsed");
		enrollment.endForLapse("staff", today, COVERAGE);
		assertThat(enrollment.getEndReason()).isEqualTo(EndReason.LAPSED);
		assertThat(enrollment.status(COVERAGE, today)).isEqualTo(CoverageStatus.ENDED);
	}

	@Test
	@DisplayName("domain.md Payments: an enrollment that is not lapsed is never ended for a lapse")
	void anEnrollmentInArrearsIsNotEndedForALapse() {
		Enrollment enrollment = atTheFestival();
		enrollment.paidThrough(YearMonth.of(2026, 9));
		assertThatThrownBy(() -> enrollment.endForLapse("staff", LocalDate.of(2026, 11, 22), COVERAGE))
			.isInstanceOf(IllegalStateException.class);
		assertThat(enrollment.isEnded()).isFalse();
	}

	@Test
	@DisplayName("domain.md Payments: ended by a person with a reason; then ENDED, no payment, no change, no second end")
	void anEndedEnrollmentTakesNothingMore() {
		Enrollment enrollment = atTheFestival();
		LocalDate today = LocalDate.of(2026, 11, 22);
		enrollment.end(LocalDate.of(2026, 11, 1), EndReason.MOVED_TO_PU, "works at a factory now", "staff", today);
		assertThat(enrollment.status(COVERAGE, today)).isEqualTo(CoverageStatus.ENDED);
		assertThat(enrollment.getEndedBy()).isEqualTo("staff");
		assertThatThrownBy(() -> enrollment.firstMonthPaidOn(today, COVERAGE, LapsedReturn.PAYMENT))
			.extracting(e -> ((ProblemException) e).code()).isEqualTo("enrollment-ended");
		assertThatThrownBy(() -> enrollment.change(EnumSet.allOf(Program.class), Payer.SELF, null, COVERAGE,
				LapsedReturn.PAYMENT, today))
			.extracting(e -> ((ProblemException) e).code()).isEqualTo("enrollment-ended");
		assertThatThrownBy(() -> enrollment.end(today, EndReason.OTHER, "again", "staff", today))
			.extracting(e -> ((ProblemException) e).code()).isEqualTo("enrollment-ended");
	}

	@Test
	@DisplayName("api.md Enrollment lifecycle: an end date between the enrollment and today")
	void endsNeitherBeforeItsEnrollmentNorInTheFuture() {
		Enrollment enrollment = atTheFestival();
		LocalDate today = LocalDate.of(2026, 11, 22);
		assertThatThrownBy(() -> enrollment.end(LocalDate.of(2019, 8, 20), EndReason.LEFT, null, "staff", today))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> enrollment.end(today.plusDays(1), EndReason.LEFT, null, "staff", today))
			.isInstanceOf(InvalidInputException.class);
		assertThat(enrollment.isEnded()).isFalse();
	}

	@Test
	@DisplayName("api.md Enrollment lifecycle: programs or payer change from the next month due; months paid stay paid")
	void aChangeAppliesFromTheNextMonthDue() {
		Enrollment enrollment = atTheFestival();
		enrollment.paidThrough(YearMonth.of(2026, 12));
		YearMonth from = enrollment.change(EnumSet.of(Program.JKK, Program.JKM, Program.JHT), Payer.SPONSOR,
				"GN Lingkaran", COVERAGE, LapsedReturn.PAYMENT, LocalDate.of(2026, 11, 22));
		assertThat(from).isEqualTo(YearMonth.of(2027, 1));
		assertThat(enrollment.getChangedFrom()).isEqualTo(YearMonth.of(2027, 1));
		assertThat(enrollment.getPrograms()).contains(Program.JHT);
		assertThat(enrollment.getPayer()).isEqualTo(Payer.SPONSOR);
		assertThat(enrollment.paidThroughMonth()).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	@DisplayName("domain.md Lapse and return: a lapsed enrollment changed by default applies from the month it resumes")
	void aChangeOfALapsedEnrollmentAppliesFromThisMonth() {
		Enrollment enrollment = atTheFestival();
		enrollment.paidThrough(YearMonth.of(2020, 7));
		YearMonth from = enrollment.change(EnumSet.of(Program.JKK, Program.JKM, Program.JHT), Payer.SELF, null,
				COVERAGE, LapsedReturn.PAYMENT, LocalDate.of(2026, 11, 22));
		assertThat(from).isEqualTo(YearMonth.of(2026, 11));
	}

	@Test
	@DisplayName("domain.md PP 50/2025: the credit a payment leaves is the enrollment's, used by the next one")
	void theCreditCarriesToTheNextPayment() {
		Enrollment enrollment = atTheFestival();
		enrollment.paid(payment(enrollment, LocalDate.of(2019, 8, 25), YearMonth.of(2019, 8), 1, 0, 2000), COVERAGE,
				LapsedReturn.PAYMENT);
		assertThat(enrollment.getCredit()).isEqualTo(2000);
		Payment ignoringTheCredit = payment(enrollment, LocalDate.of(2019, 9, 5), YearMonth.of(2019, 9), 1, 0, 0);
		assertThatThrownBy(() -> enrollment.paid(ignoringTheCredit, COVERAGE, LapsedReturn.PAYMENT))
			.isInstanceOf(IllegalStateException.class);
		enrollment.paid(payment(enrollment, LocalDate.of(2019, 9, 5), YearMonth.of(2019, 9), 1, 2000, 0), COVERAGE,
				LapsedReturn.PAYMENT);
		assertThat(enrollment.getCredit()).isZero();
	}
}
