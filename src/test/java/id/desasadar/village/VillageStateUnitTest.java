package id.desasadar.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VillageStateUnitTest {

	static final Readiness READY = new Readiness(true, 1, 1, 0, null, false, null, true, List.of());

	static final Readiness MISSING = new Readiness(false, 0, 1, 0, null, false, null, false,
			List.of("head-not-enrolled", "officials-not-enrolled"));

	@Test
	@DisplayName("domain.md Desa Sadar: the checklist not met and no designation is not ready")
	void notReady() {
		assertThat(VillageState.of(false, MISSING)).isEqualTo(VillageState.NOT_READY);
	}

	@Test
	@DisplayName("domain.md Desa Sadar: the checklist met and no designation yet is ready")
	void ready() {
		assertThat(VillageState.of(false, READY)).isEqualTo(VillageState.READY);
	}

	@Test
	@DisplayName("domain.md Desa Sadar: a designation recorded is declared, whatever the checklist says since")
	void declared() {
		assertThat(VillageState.of(true, READY)).isEqualTo(VillageState.DECLARED);
		assertThat(VillageState.of(true, MISSING)).isEqualTo(VillageState.DECLARED);
		assertThat(VillageState.DECLARED.messageKey()).isEqualTo("village.state.DECLARED");
	}
}
