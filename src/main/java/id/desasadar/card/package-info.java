/**
 * The participant card (issue #18 item 4): a page for a phone and a PDF with the worker's name, masked NIK,
 * programs, status, month covered through and participant number, and a QR code that opens the public check
 * {@code /v/{code}}, which shows a stranger only what api.md lists. Reads workers and enrollments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "enrollment", "support", "worker" })
@id.desasadar.support.OwnsTables({ "participant_card" })
package id.desasadar.card;
