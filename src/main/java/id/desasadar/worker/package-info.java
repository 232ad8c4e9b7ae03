/**
 * Workers (peserta): registration with consent, the NIK and phone rules, search by name or NIK, and
 * corrections with optimistic locking.
 */
package id.desasadar.worker;
