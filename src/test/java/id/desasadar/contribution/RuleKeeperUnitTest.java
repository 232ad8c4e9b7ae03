package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

/**
 * Issue #17 and domain.md ("rates are dated, versioned data"): a change never rewrites what was quoted or paid
 * before it; periods of one rule neither overlap nor leave months without a rule. On 3 December 2026, with rows in
 * memory.
 */
class RuleKeeperUnitTest {

	static final Clock DECEMBER_3_2026 = Clock.fixed(LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Asia/Jakarta"))
		.toInstant(), ZoneId.of("Asia/Jakarta"));

	final AtomicLong ids = new AtomicLong(100);
	final AtomicInteger changes = new AtomicInteger();

	<R extends KeptRule<R>> RuleKeeper<R> keeper(List<R> rows) {
		RuleKeeper.Store<R> store = RuleKeeper.Store.of(() -> rows, row -> {
			if (row.id() == null) {
				ReflectionTestUtils.setField(row, "id", ids.incrementAndGet());
				rows.add(row);
			}
			return row;
		});
		return new RuleKeeper<>("wage_cap", store, new TransactionTemplate(new NoTransactions()), mock(JdbcTemplate.class),
				DECEMBER_3_2026, changes::incrementAndGet);
	}

	static WageCapRow cap(long id, long amount, String from, String to) {
		WageCapRow row = new WageCapRow(new WageCap(Program.JP, amount,
				new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), "test"));
		ReflectionTestUtils.setField(row, "id", id);
		return row;
	}

	static WageCapRow newCap(long amount, String from, String to) {
		return new WageCapRow(new WageCap(Program.JP, amount,
				new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), "test"));
	}

	static List<Object> problems(Runnable change) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, change::run);
		assertThat(refused).as("a refusal").isNotNull();
		return refused.problems().stream().map(p -> (Object) tuple(p.field(), p.messageKey())).toList();
	}

	@Test
	@DisplayName("issue #17: a successor ends the rule it replaces the day it starts, and the change is announced once saved")
	void replacesARuleInForce() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", null)));
		WageCapRow successor = keeper(rows).add(newCap(11_500_000, "2027-03-01", null), 1L);

		assertThat(rows.get(0).validity().to()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(successor.id()).isEqualTo(101);
		assertThat(changes).hasValue(1);
	}

	@Test
	@DisplayName("issue #17: two rows that would apply together may not overlap: validFrom is named")
	void refusesAnOverlap() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", null)));

		assertThat(problems(() -> keeper(rows).add(newCap(11_500_000, "2027-03-01", null), null)))
			.containsExactly(tuple("validFrom", "rules.change.overlaps"));
		assertThat(rows).hasSize(1);
		assertThat(changes).hasValue(0);
	}

	@Test
	@DisplayName("issue #17: a row that would run into a later one names validTo")
	void refusesARowRunningIntoALaterOne() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", "2027-03-01"),
				cap(2, 11_500_000, "2028-03-01", null)));

		assertThat(problems(() -> keeper(rows).add(newCap(11_300_000, "2027-03-01", "2028-06-01"), null)))
			.containsExactly(tuple("validTo", "rules.change.overlaps-later"));
	}

	@Test
	@DisplayName("issue #17: a successor starting after its predecessor ended would leave months without a rule")
	void refusesAGapAfterTheLastRule() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", "2027-03-01")));

		assertThat(problems(() -> keeper(rows).add(newCap(11_500_000, "2027-04-01", null), null)))
			.containsExactly(tuple("validFrom", "rules.change.gap-after"));
		assertThat(keeper(rows).add(newCap(11_500_000, "2027-03-01", null), null).id()).isNotNull();
	}

	@Test
	@DisplayName("issue #17: a row ending before the next one starts would leave months without a rule")
	void refusesAGapBeforeTheNextRule() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", "2027-03-01"),
				cap(2, 11_500_000, "2028-03-01", null)));

		assertThat(problems(() -> keeper(rows).add(newCap(11_300_000, "2027-03-01", "2027-06-01"), null)))
			.containsExactly(tuple("validTo", "rules.change.gap-before"));
	}

	@Test
	@DisplayName("issue #17: months already past without a rule cannot be filled without rewriting them, so that gap is no refusal")
	void acceptsAGapThatLiesInThePast() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 10_547_400, "2025-03-01", "2026-03-01")));

		assertThat(keeper(rows).add(newCap(11_500_000, "2027-01-01", null), null).id()).isNotNull();
	}

	@Test
	@DisplayName("issue #17: nothing starts or ends before today; periods run in whole months")
	void refusesThePastAndDaysInsideAMonth() {
		RuleKeeper<WageCapRow> keeper = keeper(new ArrayList<WageCapRow>());
		FieldChecks checks = new FieldChecks();
		keeper.checkNewPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), checks);
		assertThat(RuleKeeper.firstDay("validFrom", "2027-01", true, checks)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(RuleKeeper.firstDay("validFrom", "2027-01-01", true, checks)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(RuleKeeper.firstDay("validTo", "2027-01-15", true, checks)).isNull();
		assertThat(catchThrowableOfType(InvalidInputException.class, checks::throwIfAny).problems())
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("validFrom", "rules.change.past"), tuple("validTo", "rules.change.end-before-start"),
					tuple("validTo", "rules.change.month.first-day"));
	}

	@Test
	@DisplayName("issue #17: a rule is ended earlier, never in the past, never later than it ended, never before its successor starts")
	void endsARuleOnlyEarlierAndNotBeforeItsSuccessor() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 11_086_300, "2026-03-01", "2027-03-01"),
				cap(2, 11_500_000, "2027-03-01", null)));
		RuleKeeper<WageCapRow> keeper = keeper(rows);

		assertThat(problems(() -> keeper.end(1, "2026-11"))).containsExactly(tuple("validTo", "rules.change.past"));
		assertThat(problems(() -> keeper.end(1, "2027-06"))).containsExactly(tuple("validTo", "rules.change.ends-already"));
		assertThat(problems(() -> keeper.end(1, "2027-01"))).containsExactly(tuple("validTo", "rules.change.gap-before-successor"));
		assertThat(keeper.end(2, "2030-03").validity().to()).isEqualTo(LocalDate.of(2030, 3, 1));
	}

	@Test
	@DisplayName("issue #17: the row replaced must be in force or to come, and start before its successor")
	void refusesAReplacementOfAnEndedOrLaterRow() {
		List<WageCapRow> rows = new ArrayList<>(List.of(cap(1, 10_547_400, "2025-03-01", "2026-03-01"),
				cap(2, 11_086_300, "2027-03-01", null)));
		RuleKeeper<WageCapRow> keeper = keeper(rows);

		assertThat(problems(() -> keeper.add(newCap(11_500_000, "2027-01-01", null), 1L)))
			.containsExactly(tuple("replaces", "rules.change.replaces.ended"));
		assertThat(problems(() -> keeper.add(newCap(11_500_000, "2027-01-01", null), 2L)))
			.containsExactly(tuple("validFrom", "rules.change.replaces.not-after"));
		assertThat(problems(() -> keeper.add(newCap(11_500_000, "2027-01-01", null), 99L)))
			.containsExactly(tuple("replaces", "rules.change.replaces.unknown"));
	}

	@Test
	@DisplayName("issue #17: a successor carries on the rule it replaces: a JKM rate does not replace the JKK one")
	void refusesToReplaceAnotherRule() {
		List<RateRow> rows = new ArrayList<>(List.of(new RateRow(Rate.percent(Program.JKK, Segment.BPU, null, "1",
				Validity.since(LocalDate.of(2015, 7, 1)), "t"))));
		ReflectionTestUtils.setField(rows.get(0), "id", 1L);
		RateRow jkm = new RateRow(Rate.flat(Program.JKM, Segment.BPU, 7_000, Validity.since(LocalDate.of(2027, 1, 1)), "t"));

		assertThat(problems(() -> keeper(rows).add(jkm, 1L))).containsExactly(tuple("replaces", "rules.change.replaces.other-rule"));
		assertThat(rows.get(0).validity().to()).isNull();
	}

	@Test
	@DisplayName("domain.md PP 50/2025: transport (ONLY) and all other sectors (EXCEPT transport) may run in the same months")
	void discountsCompeteOnlyForTheSameProgramSectorAndMonths() {
		DiscountRow transport = discount(SectorScope.ONLY, Set.of(Sector.TRANSPORT), Set.of(Program.JKK, Program.JKM));
		DiscountRow others = discount(SectorScope.EXCEPT, Set.of(Sector.TRANSPORT), Set.of(Program.JKK, Program.JKM));
		DiscountRow everyone = discount(SectorScope.ALL, Set.of(), Set.of(Program.JKM));
		DiscountRow jhtOnly = discount(SectorScope.ALL, Set.of(), Set.of(Program.JHT));

		assertThat(transport.competesWith(others)).isFalse();
		assertThat(everyone.competesWith(transport)).isTrue();
		assertThat(everyone.competesWith(others)).isTrue();
		assertThat(jhtOnly.competesWith(everyone)).isFalse();
		assertThat(transport.continues(transport)).isFalse();
	}

	@Test
	@DisplayName("domain.md BPU contributions: one income, one bracket; the same incomes later are the bracket's successor")
	void bracketsCompeteWhenTheirIncomesMeet() {
		IncomeBracketRow low = bracket(0, 1_099_999L);
		IncomeBracketRow next = bracket(1_100_000, 1_299_999L);
		IncomeBracketRow wide = bracket(1_000_000, 1_199_999L);
		IncomeBracketRow top = bracket(20_700_000, null);

		assertThat(low.competesWith(next)).isFalse();
		assertThat(wide.competesWith(low)).isTrue();
		assertThat(wide.competesWith(next)).isTrue();
		assertThat(top.competesWith(bracket(25_000_000, 30_000_000L))).isTrue();
		assertThat(low.continues(bracket(0, 1_099_999L))).isTrue();
		assertThat(low.continues(wide)).isFalse();
	}

	@Test
	@DisplayName("domain.md BPU contributions: a rate of the risk class and one of no class are different rules")
	void ratesOfOneProgramSegmentAndClassContinueEachOther() {
		RateRow jkkBpu = new RateRow(Rate.percent(Program.JKK, Segment.BPU, null, "1", Validity.since(LocalDate.of(2015, 7, 1)), "t"));
		RateRow jkkBpuLater = new RateRow(Rate.percent(Program.JKK, Segment.BPU, null, "1.5", Validity.since(LocalDate.of(2027, 1, 1)), "t"));
		RateRow jkkPu1 = new RateRow(Rate.percent(Program.JKK, Segment.PU, 1, "0.24", Validity.since(LocalDate.of(2015, 7, 1)), "t"));
		RateRow jkkPu = new RateRow(Rate.percent(Program.JKK, Segment.PU, null, "0.5", Validity.since(LocalDate.of(2015, 7, 1)), "t"));

		assertThat(jkkBpu.continues(jkkBpuLater)).isTrue();
		assertThat(jkkPu1.competesWith(jkkPu)).isFalse();
	}

	static DiscountRow discount(SectorScope scope, Set<Sector> sectors, Set<Program> programs) {
		return new DiscountRow(new Discount("T", Segment.BPU, programs, scope, sectors, YearMonth.of(2027, 1),
				YearMonth.of(2027, 6), BigDecimal.TEN, false, "t"));
	}

	static IncomeBracketRow bracket(long min, Long max) {
		return new IncomeBracketRow(new IncomeBracket(Segment.BPU, min, max, min + 1, Validity.since(LocalDate.of(2027, 1, 1)), "t"));
	}

	/** Runs the callback as if in a transaction: the rows live in memory. */
	static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}
	}
}
