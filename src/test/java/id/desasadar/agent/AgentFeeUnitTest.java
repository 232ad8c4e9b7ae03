package id.desasadar.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * domain.md, Who uses it: a Perisai agent is "paid 7.5% of contributions collected, plus Rp500,000 for 50
 * or more new participants in a month" [H]; as seeded in V4__agents.sql and dated February 2018 to March 2022 by
 * V26__perisai_incentives_since_2022.sql.
 */
class AgentFeeUnitTest {

	static final AgentFeeRule DOMAIN_MD = AgentFeeRule.perisai2018(LocalDate.of(2018, 2, 1), LocalDate.of(2022, 4, 1),
			new BigDecimal("7.5"), 50, 500_000, "domain.md [H]");

	@Test
	void paysSevenAndAHalfPercentOfTheContributionsCollected() {
		AgentFee fee = AgentFee.of(53_600, 2, DOMAIN_MD);
		assertThat(fee.fee()).isEqualTo(4_020);
		assertThat(fee.total()).isEqualTo(4_020);
	}

	@Test
	void roundsTheFeeToWholeRupiahHalfUp() {
		// 7.5% of 16,820 is 1,261.5; of 16,819 it is 1,261.425.
		assertThat(AgentFee.of(16_820, 0, DOMAIN_MD).fee()).isEqualTo(1_262);
		assertThat(AgentFee.of(16_819, 0, DOMAIN_MD).fee()).isEqualTo(1_261);
	}

	@Test
	void givesNoBonusFor49NewParticipants() {
		AgentFee fee = AgentFee.of(1_000_000, 49, DOMAIN_MD);
		assertThat(fee.bonusEarned()).isFalse();
		assertThat(fee.bonus()).isZero();
		assertThat(fee.total()).isEqualTo(75_000);
	}

	@Test
	void givesTheBonusFrom50NewParticipants() {
		AgentFee fee = AgentFee.of(1_000_000, 50, DOMAIN_MD);
		assertThat(fee.bonusEarned()).isTrue();
		assertThat(fee.bonus()).isEqualTo(500_000);
		assertThat(fee.total()).isEqualTo(575_000);
		assertThat(AgentFee.of(0, 51, DOMAIN_MD).total()).isEqualTo(500_000);
	}

	@Test
	void followsTheRuleItIsGivenRatherThanAConstant() {
		AgentFeeRule later = AgentFeeRule.perisai2018(LocalDate.of(2027, 1, 1), null, new BigDecimal("10"), 40, 750_000, "test");
		AgentFee fee = AgentFee.of(100_000, 40, later);
		assertThat(fee.fee()).isEqualTo(10_000);
		assertThat(fee.bonus()).isEqualTo(750_000);
	}
}
