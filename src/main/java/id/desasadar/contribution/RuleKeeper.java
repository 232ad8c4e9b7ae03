package id.desasadar.contribution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.desasadar.support.AfterCommit;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;

/**
 * Adds and ends the rows of one family of dated rules, so that a change never rewrites what was quoted or paid
 * before it (issue #17): a row in force is never edited, only ended, and a successor takes over; nothing starts
 * or ends before today, and every period begins on the first day of a month (a contribution month, an agent's
 * month). Two rows that would apply together may not overlap, and a rule's successor must start the day it
 * ends, or months would have no rule. Every refusal is a {@code 400} naming {@code validFrom}, {@code validTo}
 * or {@code replaces}. The audit trail's triggers (V9) record each insert and update with its actor.
 * <p>
 * Changes of one family run one at a time (a lock on its table), so two managers cannot each add a row that
 * overlaps the other's; the rows are few and changes rare, and readers are not blocked.
 */
public final class RuleKeeper<R extends KeptRule<R>> {

	/** Where the rows of the family live. */
	public interface Store<R> {

		List<R> all();

		R save(R rule);

		/** A store of a repository's two methods. */
		static <R> Store<R> of(Supplier<List<R>> all, UnaryOperator<R> save) {
			return new Store<>() {
				@Override
				public List<R> all() {
					return all.get();
				}

				@Override
				public R save(R rule) {
					return save.apply(rule);
				}
			};
		}
	}

	private final String table;
	private final Store<R> store;
	private final TransactionTemplate transaction;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final Runnable afterChange;

	/**
	 * @param table the family's table, locked while a change is checked and saved
	 * @param afterChange run once a change has committed, e.g. to forget a cached reading of the rules
	 */
	public RuleKeeper(String table, Store<R> store, TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock,
			Runnable afterChange) {
		this.table = Objects.requireNonNull(table);
		this.store = Objects.requireNonNull(store);
		this.transaction = Objects.requireNonNull(transaction);
		this.jdbc = Objects.requireNonNull(jdbc);
		this.clock = Objects.requireNonNull(clock);
		this.afterChange = Objects.requireNonNull(afterChange);
	}

	/** The branch's today (Asia/Jakarta): nothing may start or end before it. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * A period's edge as typed: a month ({@code 2027-01}, what a month field sends) or the first day of one
	 * ({@code 2027-01-01}); {@code null} when blank and not required.
	 */
	public static LocalDate firstDay(String field, String text, boolean required, FieldChecks checks) {
		String value = checks.text(field, text, 10, required);
		if (value == null) {
			return null;
		}
		Optional<LocalDate> day = FieldChecks.dateOf(value.length() == 7 ? value + "-01" : value);
		if (day.isEmpty()) {
			checks.add(field, "rules.change.month.unreadable");
			return null;
		}
		if (day.get().getDayOfMonth() != 1) {
			checks.add(field, "rules.change.month.first-day");
			return null;
		}
		return day.get();
	}

	/** The period of a new row: it starts today or later, and ends after it starts. */
	public void checkNewPeriod(LocalDate validFrom, LocalDate validTo, FieldChecks checks) {
		if (validFrom != null && validFrom.isBefore(today())) {
			checks.add("validFrom", "rules.change.past", today().toString());
		}
		if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
			checks.add("validTo", "rules.change.end-before-start");
		}
	}

	/**
	 * Saves a new row; with {@code replaces}, that row of the family ends the day the new one starts, in the same
	 * transaction: the way to change a rule in force.
	 */
	public R add(R rule, Long replaces) {
		R saved = transaction.execute(status -> {
			lock();
			List<R> rows = store.all();
			if (replaces != null) {
				R replaced = rows.stream().filter(r -> replaces.equals(r.id())).findFirst()
						.orElseThrow(() -> new InvalidInputException("replaces", "rules.change.replaces.unknown"));
				if (!replaced.competesWith(rule)) {
					// a successor takes over the same rule: a JKM rate does not replace a JKK one
					throw new InvalidInputException("replaces", "rules.change.replaces.other-rule");
				}
				replace(replaced, rule.validity().from());
				store.save(replaced);
			}
			refuseOverlapsAndGaps(rule, rows.stream().filter(r -> r != rule).toList());
			return store.save(rule);
		});
		AfterCommit.run(afterChange);
		return saved;
	}

	/** Ends a row on {@code validTo} (a month or its first day), not before today and not later than it ended. */
	public R end(long id, String validToText) {
		FieldChecks checks = new FieldChecks();
		LocalDate validTo = firstDay("validTo", validToText, true, checks);
		checks.throwIfAny();
		R ended = transaction.execute(status -> {
			lock();
			List<R> rows = store.all();
			R rule = rows.stream().filter(r -> r.id() == id).findFirst()
					.orElseThrow(() -> new NotFoundException("rule", id));
			Validity period = rule.validity();
			if (validTo.isBefore(today())) {
				throw new InvalidInputException("validTo", "rules.change.past", today().toString());
			}
			if (!validTo.isAfter(period.from())) {
				throw new InvalidInputException("validTo", "rules.change.end-before-start");
			}
			if (period.to() != null && !validTo.isBefore(period.to())) {
				throw new InvalidInputException("validTo", "rules.change.ends-already", period.to().toString());
			}
			rows.stream().filter(r -> r != rule && r.continues(rule) && r.validity().from().isAfter(validTo))
					.min(Comparator.comparing(r -> r.validity().from())).ifPresent(successor -> {
						throw new InvalidInputException("validTo", "rules.change.gap-before-successor",
								String.valueOf(successor.id()), successor.validity().from().toString());
					});
			rule.end(validTo);
			return store.save(rule);
		});
		AfterCommit.run(afterChange);
		return ended;
	}

	private void replace(R replaced, LocalDate successorStart) {
		Validity period = replaced.validity();
		if (period.to() != null && !period.to().isAfter(successorStart)) {
			throw new InvalidInputException("replaces", "rules.change.replaces.ended", period.to().toString());
		}
		if (!successorStart.isAfter(period.from())) {
			throw new InvalidInputException("validFrom", "rules.change.replaces.not-after", period.from().toString());
		}
		replaced.end(successorStart);
	}

	/** Against the other rows of the family, as they will be once the change is saved. */
	private void refuseOverlapsAndGaps(R rule, List<R> others) {
		Validity period = rule.validity();
		for (R other : others) {
			if (other.competesWith(rule) && other.validity().overlaps(period)) {
				Validity theirs = other.validity();
				boolean startsInside = !theirs.from().isAfter(period.from());
				throw new InvalidInputException(startsInside ? "validFrom" : "validTo",
						startsInside ? "rules.change.overlaps" : "rules.change.overlaps-later", String.valueOf(other.id()),
						theirs.from().toString(), theirs.to() == null ? "-" : theirs.to().toString());
			}
		}
		List<R> same = others.stream().filter(o -> o.continues(rule)).toList();
		same.stream().filter(o -> o.validity().from().isBefore(period.from()))
				.max(Comparator.comparing(o -> o.validity().from()))
				.filter(before -> before.validity().to() != null && before.validity().to().isBefore(period.from())
						&& !before.validity().to().isBefore(today()))
				.ifPresent(before -> {
					throw new InvalidInputException("validFrom", "rules.change.gap-after", String.valueOf(before.id()),
							before.validity().to().toString());
				});
		same.stream().filter(o -> !o.validity().from().isBefore(period.from()))
				.min(Comparator.comparing(o -> o.validity().from()))
				.filter(after -> period.to() != null && period.to().isBefore(after.validity().from()))
				.ifPresent(after -> {
					throw new InvalidInputException("validTo", "rules.change.gap-before", String.valueOf(after.id()),
							after.validity().from().toString());
				});
	}

	private void lock() {
		// The table's name is the family's own constant, never input.
		jdbc.execute("lock table " + table + " in share row exclusive mode");
	}
}
