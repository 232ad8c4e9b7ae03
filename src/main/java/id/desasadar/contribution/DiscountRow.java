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

/** A row of {@code contribution_discount} with its programs and sectors. */
@Entity
@Table(name = "contribution_discount")
class DiscountRow {

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

	Discount toDiscount() {
		return new Discount(ruleCode, segment, programs, sectorScope, sectors, YearMonth.from(firstMonth),
				YearMonth.from(lastMonth), percent, publicBudgetExcluded, source);
	}
}
