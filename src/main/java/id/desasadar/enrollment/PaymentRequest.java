package id.desasadar.enrollment;

/**
 * api.md, Enrollments and "Payments and proof": a payment {@code {paidOn, months, amount, channel, reference}}.
 * {@code receiptNumber} is given only by a phone that took the payment offline, one of the numbers it was handed
 * ({@link ReceiptNumbers#reserve}); otherwise the application numbers the receipt.
 */
public record PaymentRequest(String paidOn, Long months, Long amount, String channel, String reference,
		Long receiptNumber) {

	/** A payment told without its channel (the API before channels, the demo). */
	public PaymentRequest(String paidOn, Long months, Long amount) {
		this(paidOn, months, amount, null, null, null);
	}
}
