package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payment of contributions for consecutive months of one enrollment. */
@Entity
@Table(name = "payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	private int months;

	private long amount;

	@Column(name = "first_month")
	private LocalDate firstMonth;

	@Column(name = "last_month")
	private LocalDate lastMonth;

	@Enumerated(EnumType.STRING)
	private PaymentChannel channel;

	/** The channel's own transaction number, when it has one. */
	private String reference;

	@Column(name = "receipt_number")
	private long receiptNumber;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Payment() {
	}

	Payment(long enrollmentId, LocalDate paidOn, int months, long amount, YearMonth firstMonth, PaymentTrail trail,
			String by, Instant now) {
		this.enrollmentId = enrollmentId;
		this.channel = trail.channel();
		this.reference = trail.reference();
		this.receiptNumber = trail.receiptNumber();
		this.paidOn = paidOn;
		this.months = months;
		this.amount = amount;
		this.firstMonth = firstMonth.atDay(1);
		this.lastMonth = firstMonth.plusMonths(months - 1L).atDay(1);
		this.recordedBy = by;
		this.recordedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getEnrollmentId() {
		return enrollmentId;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public int getMonths() {
		return months;
	}

	public long getAmount() {
		return amount;
	}

	public YearMonth getFirstMonth() {
		return YearMonth.from(firstMonth);
	}

	public YearMonth getLastMonth() {
		return YearMonth.from(lastMonth);
	}

	public PaymentChannel getChannel() {
		return channel;
	}

	public String getReference() {
		return reference;
	}

	public long getReceiptNumber() {
		return receiptNumber;
	}

	/** The receipt number as the receipt prints it. */
	public String getReceipt() {
		return ReceiptNumbers.format(receiptNumber);
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
