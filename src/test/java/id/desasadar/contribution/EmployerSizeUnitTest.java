package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.Program.JP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmployerSizeUnitTest {

	@Test
	@DisplayName("domain.md Segments and programs, Perpres 109/2013: micro JKK, JKM; small adds JHT; medium and large add JP")
	void requiresProgramsByEmployerSize() {
		assertThat(EmployerSize.MICRO.requiredPrograms()).containsExactly(JKK, JKM);
		assertThat(EmployerSize.SMALL.requiredPrograms()).containsExactly(JKK, JKM, JHT);
		assertThat(EmployerSize.MEDIUM.requiredPrograms()).containsExactly(JKK, JKM, JHT, JP);
		assertThat(EmployerSize.LARGE.requiredPrograms()).containsExactly(JKK, JKM, JHT, JP);
	}
}
