/**
 * The audit trail (UU 27/2022, issue #6): every create, change and delete of workers, enrollments, payments,
 * village records, rules, agents and accounts, written by database triggers (V9) with the actor this module
 * sets on every connection; each display or export of a full NIK; the {@code /audit} page and its API twin.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "audit_event" })
package id.desasadar.audit;
