package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A row of {@code contribution_discount} with its programs and sectors. Its period is a run of contribution
 * months, {@code firstMonth} to {@code lastMonth}: as a {@link Validity}, from the first month's first day to
 * the first day after the last month.
 */
@Entity
@Table(name = "contribution_discount")
class DiscountRow implements KeptRule<DiscountRow> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ruleCode;

	@Enumerated(EnumType.STRING)
	private Segment segment;

	@Enumerated(EnumType.STRING)
	private SectorScope sectorScope;

	private LocalDate firstMonth;

	private LocalDate lastMonth;

	private BigDecimal percent;

	private boolean publicBudgetExcluded;

	private String source;

	@ElementCollection
	@CollectionTable(name = "contribution_discount_program", joinColumns = @JoinColumn(name = "discount_id"))
	@Column(name = "program")
	@Enumerated(EnumType.STRING)
	private Set<Program> programs = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "contribution_discount_sector", joinColumns = @JoinColumn(name = "discount_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	private Set<Sector> sectors = new HashSet<>();

	protected DiscountRow() {
	}

	DiscountRow(Discount discount) {
		this.ruleCode = discount.rule();
		this.segment = discount.segment();
		this.sectorScope = discount.sectorScope();
		this.firstMonth = discount.firstMonth().atDay(1);
		this.lastMonth = discount.lastMonth().atDay(1);
		this.percent = discount.percent();
		this.publicBudgetExcluded = discount.publicBudgetExcluded();
		this.source = discount.source();
		this.programs = new HashSet<>(discount.programs());
		this.sectors = new HashSet<>(discount.sectors());
	}

	@Override
	public Long id() {
		return id;
	}

	@Override
	public Validity validity() {
		return new Validity(firstMonth, lastMonth.plusMonths(1));
	}

	/** The last month is the one before {@code on}, the first day after the discount. */
	@Override
	public void end(LocalDate on) {
		this.lastMonth = new Validity(firstMonth, on).to().minusMonths(1);
	}

	/** A discount is temporary by nature: months without one are the rule, not a gap. */
	@Override
	public boolean continues(DiscountRow other) {
		return false;
	}

	/** Both would take something off the same program of the same participant in the same month. */
	@Override
	public boolean competesWith(DiscountRow other) {
		return segment == other.segment && programs.stream().anyMatch(other.programs::contains)
				&& toDiscount().coveredSectors().stream().anyMatch(other.toDiscount().coveredSectors()::contains);
	}

	Discount toDiscount() {
		return new Discount(ruleCode, segment, programs, sectorScope, sectors, YearMonth.from(firstMonth),
				YearMonth.from(lastMonth), percent, publicBudgetExcluded, source);
	}
}
