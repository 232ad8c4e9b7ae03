package id.desasadar.demo;

import java.util.Set;

import id.desasadar.account.AccountRegistry;
import id.desasadar.account.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once (api.md, demo data and demo accounts): the accounts, then the campaign story.
 * Each part is idempotent, so a restart adds nothing.
 */
@Component
@Conditional(DemoDataEnabled.class)
class DemoData implements ApplicationRunner, Ordered {

	static final String PASSWORD = "demo";

	private final AccountRegistry accounts;
	private final DemoStory story;

	DemoData(AccountRegistry accounts, DemoStory story) {
		this.accounts = accounts;
		this.story = story;
	}

	@Override
	public int getOrder() {
		return 10; // after the regions (0)
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.createIfMissing("admin", PASSWORD, Role.ADMIN, "Admin Demo", Set.of("33"));
		accounts.createIfMissing("manager", PASSWORD, Role.MANAGER, "Manajer Demo", Set.of("33.26"));
		accounts.createIfMissing("staff", PASSWORD, Role.STAFF, "Petugas Demo", Set.of("33.26"));
		accounts.createIfMissing("kades.wonopringgo", PASSWORD, Role.VILLAGE_HEAD, "Kepala Desa Wonopringgo (demo)",
				Set.of(DemoStory.WONOPRINGGO));
		accounts.createIfMissing("kades.kedungjaran", PASSWORD, Role.VILLAGE_HEAD, "Kepala Desa Kedungjaran (demo)",
				Set.of(DemoStory.KEDUNGJARAN));
		story.loadOnce();
	}
}
