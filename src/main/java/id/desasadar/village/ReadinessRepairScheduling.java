package id.desasadar.village;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ReadyVillages#repair()} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReadinessRepairScheduling {
}
