/**
 * The follow-up list (issue #4): workers whose contributions are in arrears or whose participation lapsed,
 * per village, with the phone and the months unpaid, for staff to call or to message on WhatsApp; and its
 * CSV and XLSX export. Reads enrollments, workers and regions; the village page shows the first calls of its
 * village through {@link id.desasadar.followup.FollowUpPreview}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "enrollment", "region", "support", "worker" })
package id.desasadar.followup;
