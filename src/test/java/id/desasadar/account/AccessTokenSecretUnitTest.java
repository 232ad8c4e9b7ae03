package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTokenSecretUnitTest {

	@Test
	void aSecretIsDspAnd43CharactersOfBase64UrlThatNeverRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String secret = AccessTokenSecret.generate().value();
			assertThat(secret).matches("dsp_[A-Za-z0-9_-]{43}");
			assertThat(AccessTokenSecret.wellFormed(secret)).isTrue();
			seen.add(secret);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void theHashIsTheSha256OfTheWholeSecretInHexadecimal() {
		// SHA-256("abc") from FIPS 180-2, appendix B.1
		assertThat(AccessTokenSecret.hashOf("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		AccessTokenSecret secret = AccessTokenSecret.generate();
		assertThat(secret.hash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(AccessTokenSecret.hashOf(secret.value()))
			.doesNotContain(secret.value().substring(4));
	}

	@Test
	void thePrefixIsTheMarkAndEightCharactersAndTheTextNeverShowsTheSecret() {
		AccessTokenSecret secret = AccessTokenSecret.generate();
		assertThat(secret.prefix()).hasSize(12).startsWith("dsp_").isEqualTo(secret.value().substring(0, 12));
		assertThat(secret.toString()).contains(secret.prefix()).doesNotContain(secret.value());
	}

	@Test
	void anythingElseIsNotLookedUp() {
		assertThat(AccessTokenSecret.wellFormed(null)).isFalse();
		assertThat(AccessTokenSecret.wellFormed("")).isFalse();
		assertThat(AccessTokenSecret.wellFormed("dsp_short")).isFalse();
		assertThat(AccessTokenSecret.wellFormed("xyz_" + "a".repeat(43))).isFalse();
		assertThat(AccessTokenSecret.wellFormed("dsp_" + "a".repeat(42) + "=")).isFalse();
		assertThat(AccessTokenSecret.wellFormed("dsp_" + "a".repeat(44))).isFalse();
	}
}
