/**
 * Demo data: the 2019 Pekalongan campaign, the three designated villages, a few hundred clearly
 * synthetic workers, and the demo accounts of api.md. On by default with the embedded database only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "campaign", "contribution", "enrollment", "region", "village", "worker" })
package id.desasadar.demo;
