package id.desasadar.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * domain.md, Perisai incentives since 2022: "an acquisition incentive of Rp10,000 per new participant enrolled with
 * JKK+JKM (Rp15,000 with JHT), paid only in a month where the Perisai brought 25 or more new NIKs never registered
 * as BPU before; a retention incentive of 15% of the contributions paid for each of the participant's months 1 to
 * 24 and 5% for months 25 to 60; the Kantor Perisai receives 10% of its Perisais' incentives"; as seeded in
 * V26__perisai_incentives_since_2022.sql.
 */
class PerisaiIncentiveUnitTest {

	static final AgentFeeRule PERDIR_13_2022 = AgentFeeRule.perisai2022(LocalDate.of(2022, 4, 1), null, 10_000, 15_000, 25,
			new BigDecimal("15"), 24, new BigDecimal("5"), 60, new BigDecimal("10"), "domain.md [M]");

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: Rp10,000 per new participant with JKK+JKM, Rp15,000 with JHT, from 25 new NIKs")
	void paysTheAcquisitionPerNewParticipantFrom25NewNiks() {
		PerisaiIncentive incentive = PerisaiIncentive.of(26, 6, BigDecimal.ZERO, BigDecimal.ZERO, PERDIR_13_2022);

		assertThat(incentive.acquisitionEarned()).isTrue();
		assertThat(incentive.acquisition()).isEqualTo(20 * 10_000 + 6 * 15_000);
		assertThat(PerisaiIncentive.of(25, 0, BigDecimal.ZERO, BigDecimal.ZERO, PERDIR_13_2022).acquisition()).isEqualTo(250_000);
	}

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: no acquisition incentive in a month of 24 new NIKs")
	void paysNoAcquisitionBelowTheThreshold() {
		PerisaiIncentive incentive = PerisaiIncentive.of(24, 24, BigDecimal.ZERO, BigDecimal.ZERO, PERDIR_13_2022);

		assertThat(incentive.acquisitionEarned()).isFalse();
		assertThat(incentive.acquisition()).isZero();
		assertThat(incentive.total()).isZero();
	}

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: retention 15% for participant months 1 to 24, 5% for months 25 to 60")
	void paysTheRetentionByParticipantMonth() {
		PerisaiIncentive incentive = PerisaiIncentive.of(0, 0, new BigDecimal("100800"), new BigDecimal("50400"), PERDIR_13_2022);

		assertThat(incentive.retention()).isEqualTo(15_120 + 2_520);
		assertThat(incentive.total()).isEqualTo(17_640);
	}

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: the retention is rounded once, half up to the Rupiah, on the exact bases")
	void roundsTheRetentionOnceHalfUp() {
		// 15% of 16,803.3333 is 2,520.4999..., 5% of 10 is 0.5: 2,521.
		PerisaiIncentive incentive = PerisaiIncentive.of(0, 0, new BigDecimal("16803.333333"), BigDecimal.TEN, PERDIR_13_2022);

		assertThat(incentive.retention()).isEqualTo(2_521);
	}

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: the Kantor Perisai receives 10% of its Perisais' incentives, beside them")
	void givesTheOfficeItsShareBesideTheAgentsIncentive() {
		PerisaiIncentive incentive = PerisaiIncentive.of(26, 6, new BigDecimal("556800"), BigDecimal.ZERO, PERDIR_13_2022);

		assertThat(incentive.total()).isEqualTo(290_000 + 83_520);
		assertThat(incentive.officeShare()).isEqualTo(37_352);
	}
}
