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

	@Column(name = "credit_rule")
	private String creditRule;

	@Column(name = "credit_used")
	private long creditUsed;

	@Column(name = "credit_left")
	private long creditLeft;

	private long fine;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Payment() {
	}

	/** A payment told without a channel or a receipt number, as the unit tests make them. */
	Payment(long enrollmentId, LocalDate paidOn, long amount, PaymentCover cover, String by, Instant now) {
		this(enrollmentId, paidOn, amount, cover, new PaymentTrail(PaymentChannel.OTHER, null, 0), by, now);
	}

	Payment(long enrollmentId, LocalDate paidOn, long amount, PaymentCover cover, PaymentTrail trail, String by,
			Instant now) {
		this.enrollmentId = enrollmentId;
		this.channel = trail.channel();
		this.reference = trail.reference();
		this.receiptNumber = trail.receiptNumber();
		this.paidOn = paidOn;
		this.months = cover.months();
		this.amount = amount;
		this.firstMonth = cover.firstMonth().atDay(1);
		this.lastMonth = cover.lastMonth().atDay(1);
		this.creditRule = cover.creditRule();
		this.creditUsed = cover.creditUsed();
		this.creditLeft = cover.creditLeft();
		this.fine = cover.fine();
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

	/** The rule that credited a payment at the full rate with more months ({@code PP-50-2025}), or {@code null}. */
	public String getCreditRule() {
		return creditRule;
	}

	/** The enrollment's credit this payment used. */
	public long getCreditUsed() {
		return creditUsed;
	}

	/** What the payment left below a whole month, taken off the next payment. */
	public long getCreditLeft() {
		return creditLeft;
	}

	/** The late fine included in the amount (PU employers). */
	public long getFine() {
		return fine;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
