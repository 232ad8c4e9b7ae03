/**
 * Workers (peserta): registration with consent, the NIK and phone rules, search by name or NIK, and
 * corrections with optimistic locking.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "region", "support" })
@id.desasadar.support.OwnsTables({ "worker" })
package id.desasadar.worker;
