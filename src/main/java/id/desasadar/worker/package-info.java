/**
 * Workers (peserta): registration with consent, the NIK and phone rules, search by name or NIK, and
 * corrections with optimistic locking.
 */
@id.desasadar.support.OwnsTables({ "worker" })
package id.desasadar.worker;
