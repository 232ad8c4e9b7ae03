package id.desasadar.contribution;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of {@code income_bracket}; brackets in force together hold disjoint incomes. */
@Entity
@Table(name = "income_bracket")
class IncomeBracketRow extends DatedRow<IncomeBracketRow> {

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private long minIncome;

	private Long maxIncome;

	private long base;

	private String source;

	protected IncomeBracketRow() {
	}

	IncomeBracketRow(IncomeBracket bracket) {
		super(bracket.validity());
		this.segment = bracket.segment();
		this.minIncome = bracket.minIncome();
		this.maxIncome = bracket.maxIncome();
		this.base = bracket.base();
		this.source = bracket.source();
	}

	IncomeBracket toBracket() {
		return new IncomeBracket(segment, minIncome, maxIncome, base, validity(), source);
	}

	/** The same incomes in another period: the bracket's successor must follow it without a gap. */
	@Override
	public boolean continues(IncomeBracketRow other) {
		return segment == other.segment && minIncome == other.minIncome && Objects.equals(maxIncome, other.maxIncome);
	}

	/** One income, one bracket: brackets of a segment whose incomes meet compete. */
	@Override
	public boolean competesWith(IncomeBracketRow other) {
		return segment == other.segment && (maxIncome == null || other.minIncome <= maxIncome)
				&& (other.maxIncome == null || minIncome <= other.maxIncome);
	}
}
