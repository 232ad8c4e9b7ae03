/**
 * The proof a worker takes home of a payment (issue #18, api.md "Payments and proof", domain.md "At the booth"):
 * the receipt as a PDF for an A4 or a slip printer, and its summary as a WhatsApp message.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "enrollment", "support", "worker" })
package id.desasadar.receipt;
