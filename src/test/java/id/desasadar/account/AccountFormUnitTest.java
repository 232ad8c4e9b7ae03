package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountFormUnitTest {

	@Test
	void scopesMaySeparateByCommasSemicolonsOrSpaces() {
		AccountForm form = new AccountForm("staf", "Staf", "STAFF", " 33.26, 33.25;33.24  33.26 ", "x", null);
		assertThat(form.scopeCodes()).containsExactly("33.26", "33.25", "33.24");
		assertThat(new AccountForm("staf", "Staf", "STAFF", null, "x", null).scopeCodes()).isEmpty();
	}

	@Test
	void passwordsNeverShowInTheTextOfAForm() {
		assertThat(new AccountForm("staf", "Staf", "STAFF", "33.26", "rahasia sekali 2026", 3L).toString())
			.contains("staf").doesNotContain("rahasia");
		assertThat(new OwnPassword.Form("lama sekali 2025", "baru sekali 2026", "baru sekali 2026").toString())
			.doesNotContain("lama").doesNotContain("baru");
	}
}
