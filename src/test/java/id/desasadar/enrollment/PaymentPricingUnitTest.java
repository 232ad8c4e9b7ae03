package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.desasadar.contribution.Adjustment;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Quote;
import id.desasadar.contribution.Segment;
import id.desasadar.support.ProblemException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pricing a payment from the months' quotes and the payment terms, with domain.md's figures. */
class PaymentPricingUnitTest {

	static final PaymentTerms.Term BPU = new PaymentTerms.Term(Segment.BPU, 0, BigDecimal.ZERO, LocalDate.of(2015, 7, 1),
			null, "BPU");
	static final PaymentTerms.Term PU = new PaymentTerms.Term(Segment.PU, 1, BigDecimal.valueOf(2), LocalDate.of(2015, 7, 1),
			null, "PU");
	static final List<PaymentTerms.Credit> PP_50_2025 = List.of(
			new PaymentTerms.Credit("PP-50-2025", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 1), null,
					"PP 50/2025"));

	/**
	 * domain.md BPU contributions: a non-transport BPU at Rp1,000,000 with JHT pays Rp36,800; April to December 2026
	 * 50% off JKK and JKM: 5,000 + 3,400 + 20,000 = Rp28,400.
	 */
	static Quote nonTransportWithJht(YearMonth month) {
		boolean discounted = !month.isBefore(YearMonth.of(2026, 4)) && !month.isAfter(YearMonth.of(2026, 12));
		if (!discounted) {
			return new Quote(month.atDay(1), 1_000_000, 36800,
					Map.of(Program.JKK, 10000L, Program.JKM, 6800L, Program.JHT, 20000L), List.of(), List.of());
		}
		return new Quote(month.atDay(1), 1_000_000, 28400, Map.of(Program.JKK, 5000L, Program.JKM, 3400L, Program.JHT, 20000L),
				List.of(new Adjustment(Program.JKK, "PP-50-2025", -5000, BigDecimal.valueOf(50)),
						new Adjustment(Program.JKM, "PP-50-2025", -3400, BigDecimal.valueOf(50))),
				List.of());
	}

	/** domain.md PU contributions: a micro employer's worker at a wage of Rp2,000,000, JKK 0.24% + JKM 0.30%. */
	static Quote puMicro(YearMonth month) {
		return new Quote(month.atDay(1), 2_000_000, 10800, Map.of(Program.JKK, 4800L, Program.JKM, 6000L), List.of(),
				List.of());
	}

	final PaymentPricing bpu = new PaymentPricing(PaymentPricingUnitTest::nonTransportWithJht, month -> BPU, 15);
	final PaymentPricing pu = new PaymentPricing(PaymentPricingUnitTest::puMicro, month -> PU, 15);

	@Test
	@DisplayName("domain.md PP 50/2025: on 2026-11-22 a non-transport BPU at Rp1,000,000 with JHT pays Rp28,400")
	void theAmountDueIsEachMonthsContribution() {
		PaymentCover cover = bpu.cover(YearMonth.of(2026, 11), 1, LocalDate.of(2026, 11, 22), 28400, 0, PP_50_2025);
		assertThat(cover).isEqualTo(PaymentCover.exactly(YearMonth.of(2026, 11), 1, 0, 0));
		assertThat(bpu.amountDue(YearMonth.of(2026, 12), 2, LocalDate.of(2026, 11, 22), 0)).isEqualTo(28400 + 36800);
	}

	@Test
	@DisplayName("domain.md PP 50/2025: 12 months paid at the full rate before 22 December 2025 are credited: 14 months and Rp2,000")
	void aFullRatePaymentBeforeTheDiscountIsCreditedWithMoreMonths() {
		// January to March 2026 at 36,800, April to December at 28,400: 366,000 of the 441,600 paid; the 75,600 left
		// pays January and February 2027 at 36,800 each, and Rp2,000 stays as credit.
		PaymentCover cover = bpu.cover(YearMonth.of(2026, 1), 12, LocalDate.of(2025, 12, 10), 12 * 36800, 0, PP_50_2025);
		assertThat(cover.months()).isEqualTo(14);
		assertThat(cover.lastMonth()).isEqualTo(YearMonth.of(2027, 2));
		assertThat(cover.creditLeft()).isEqualTo(2000);
		assertThat(cover.creditRule()).isEqualTo("PP-50-2025");
	}

	@Test
	@DisplayName("domain.md PP 50/2025: after it came into force, the full rate is a wrong amount naming the one due")
	void theFullRateAfterTheDiscountCameIntoForceIsAMismatch() {
		assertThatThrownBy(() -> bpu.cover(YearMonth.of(2026, 1), 12, LocalDate.of(2026, 1, 10), 12 * 36800, 0, PP_50_2025))
			.isInstanceOf(ProblemException.class)
			.satisfies(e -> {
				assertThat(((ProblemException) e).code()).isEqualTo("amount-mismatch");
				assertThat(((ProblemException) e).properties()).containsEntry("expectedAmount", 366000L);
			});
	}

	@Test
	@DisplayName("domain.md PP 50/2025: the credit left is taken off the next payment")
	void theCreditIsTakenOffTheNextPayment() {
		assertThat(bpu.amountDue(YearMonth.of(2027, 3), 1, LocalDate.of(2027, 3, 1), 2000)).isEqualTo(34800);
		PaymentCover cover = bpu.cover(YearMonth.of(2027, 3), 1, LocalDate.of(2027, 3, 1), 34800, 2000, PP_50_2025);
		assertThat(cover.creditUsed()).isEqualTo(2000);
		assertThat(cover.creditLeft()).isZero();
	}

	@Test
	@DisplayName("domain.md PU contributions: due by the 15th of the following month; a PU worker is not late on the 16th of the month itself")
	void puMonthsFallDueTheFollowingMonth() {
		assertThat(pu.dueDate(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 15));
		assertThat(bpu.dueDate(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(pu.fine(YearMonth.of(2026, 11), 10800, LocalDate.of(2026, 11, 16))).isZero();
		assertThat(pu.fine(YearMonth.of(2026, 11), 10800, LocalDate.of(2026, 12, 15))).isZero();
	}

	@Test
	@DisplayName("domain.md PU contributions: an employer paying late owes 2% a month, each month begun")
	void anEmployerPayingLateOwesTwoPercentAMonth() {
		YearMonth november = YearMonth.of(2026, 11);
		assertThat(pu.fine(november, 10800, LocalDate.of(2026, 12, 16))).isEqualTo(216);
		assertThat(pu.fine(november, 10800, LocalDate.of(2027, 1, 15))).isEqualTo(216);
		assertThat(pu.fine(november, 10800, LocalDate.of(2027, 1, 16))).isEqualTo(432);
		PaymentCover cover = pu.cover(november, 2, LocalDate.of(2027, 1, 16), 10800 + 432 + 10800 + 216, 0, List.of());
		assertThat(cover.fine()).isEqualTo(648);
	}

	@Test
	@DisplayName("domain.md Payments: BPU owe no late fine")
	void bpuOweNoFine() {
		assertThat(bpu.fine(YearMonth.of(2026, 1), 36800, LocalDate.of(2026, 5, 1))).isZero();
	}
}
