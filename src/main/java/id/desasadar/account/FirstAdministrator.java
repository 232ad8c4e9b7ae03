package id.desasadar.account;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.Regions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Without demo data there are no accounts: {@code DESA_SADAR_ADMIN_PASSWORD} creates account {@code admin}
 * on the first start, scoped to every loaded province.
 */
@Component
class FirstAdministrator implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRegistry registry;
	private final Regions regions;
	private final String password;
	private final PasswordPolicy policy;

	FirstAdministrator(AccountRegistry registry, Regions regions, PasswordPolicy policy,
			@Value("${desa-sadar.admin-password:}") String password) {
		this.registry = registry;
		this.regions = regions;
		this.policy = policy;
		this.password = password;
	}

	@Override
	public int getOrder() {
		return 20; // after the regions (0) and the demo data (10)
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password.isBlank() || registry.anyExists()) {
			return;
		}
		var provinces = regions.findByLevelOrderByCode(RegionLevel.PROVINCE).stream().map(Region::getCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		registry.createIfMissing("admin", password, Role.ADMIN, "Administrator", provinces);
		log.info("Created the first administrator account 'admin' for provinces {}", provinces);
		if (!policy.problems("admin", password).isEmpty()) {
			// Not refused, so that a start is never blocked; the password itself is never logged.
			log.warn("The password of 'admin' (DESA_SADAR_ADMIN_PASSWORD) breaks the password policy: change it at /account/password");
		}
	}
}
