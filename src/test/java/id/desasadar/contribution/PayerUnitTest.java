package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayerUnitTest {

	@Test
	@DisplayName("domain.md BPU contributions: APBN/APBD means the state or regional budget, not the village budget")
	void paysFromPublicBudgetOnlyForStateAndRegionalBudgets() {
		assertThat(Arrays.stream(Payer.values()).filter(Payer::paysFromPublicBudget))
				.containsExactlyInAnyOrder(Payer.REGIONAL_BUDGET, Payer.STATE_BUDGET);
	}
}
