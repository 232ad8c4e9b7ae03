package id.desasadar.enrollment;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.desasadar.contribution.RuleSection;
import id.desasadar.contribution.RuleStanding;
import id.desasadar.contribution.Segment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two sections of the rules page this module keeps: the contribution credits after the discounts they
 * credit, the payment terms after the wage caps. Each lists its rows and what its form offers.
 */
@Configuration(proxyBeanMethods = false)
class PaymentRuleSections {

	@Bean
	RuleSection contributionCreditSection(PaymentRules rules) {
		return section("contribution-credits", 35, ContributionCreditRequest.blank(), () -> {
			List<ContributionCreditView> rows = rules.credits();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
					"rules", rules.discountRules());
		});
	}

	@Bean
	RuleSection paymentTermSection(PaymentRules rules) {
		return section("payment-terms", 45, PaymentTermRequest.blank(), () -> {
			List<PaymentTermView> rows = rules.terms();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
					"segments", Segment.values());
		});
	}

	private static RuleSection section(String name, int order, Object blank, Supplier<Map<String, Object>> data) {
		return new RuleSection() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public Map<String, Object> data() {
				return data.get();
			}

			@Override
			public Object blankForm() {
				return blank;
			}
		};
	}
}
