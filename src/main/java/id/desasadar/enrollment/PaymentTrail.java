package id.desasadar.enrollment;

/**
 * Where a payment came from and how it is told again: its channel, the channel's own reference (one payment per
 * channel and reference) and the receipt number the application gave it.
 */
record PaymentTrail(PaymentChannel channel, String reference, long receiptNumber) {
}
