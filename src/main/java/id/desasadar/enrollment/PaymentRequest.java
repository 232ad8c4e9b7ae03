package id.desasadar.enrollment;

/** api.md, Enrollments: a payment {@code {paidOn, months, amount}}. */
public record PaymentRequest(String paidOn, Long months, Long amount) {
}
