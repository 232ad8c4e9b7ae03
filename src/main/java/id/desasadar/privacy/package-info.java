/**
 * Personal data of workers (UU 27/2022): a worker's own data handed out on request (the access right), and
 * the anonymisation of a worker who left, which keeps the figures and scrubs the audit trail too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "enrollment", "support", "worker" })
package id.desasadar.privacy;
