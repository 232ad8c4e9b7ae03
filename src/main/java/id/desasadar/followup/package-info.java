/**
 * The follow-up list (issue #4): workers whose contributions are in arrears or whose participation lapsed,
 * per village, with the phone and the months unpaid, for staff to call or to message on WhatsApp; and its
 * CSV export. Reads enrollments, workers and regions; nothing depends on it.
 */
package id.desasadar.followup;
