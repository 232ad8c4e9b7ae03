package id.desasadar.contribution;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The four sections of the rules page that hold contribution rules, in the order a quote uses them: the
 * rates, the BPU nominal table, the discounts and the wage caps. Each lists its rows and what its form offers:
 * the choices, and the rows still in force or to come that a new row may replace.
 */
@Configuration(proxyBeanMethods = false)
class ContributionSections {

	@Bean
	RuleSection rateSection(ContributionRules rules) {
		return section("rates", 10, RateRequest.blank(), () -> {
			List<RateView> rows = rules.rates();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
					"programs", Program.values(), "segments", Segment.values(), "kinds", RateKind.values());
		});
	}

	@Bean
	RuleSection bracketSection(ContributionRules rules) {
		return section("income-brackets", 20, IncomeBracketRequest.blank(), () -> {
			List<IncomeBracketView> rows = rules.brackets();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList());
		});
	}

	@Bean
	RuleSection discountSection(ContributionRules rules) {
		return section("discounts", 30, DiscountRequest.blank(), () -> {
			List<DiscountView> rows = rules.discounts();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
					"programs", Program.values(), "segments", Segment.values(), "scopes", SectorScope.values(),
					"sectors", EnumSet.allOf(Sector.class));
		});
	}

	@Bean
	RuleSection capSection(ContributionRules rules) {
		return section("wage-caps", 40, WageCapRequest.blank(), () -> {
			List<WageCapView> rows = rules.caps();
			return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
					"programs", Program.values());
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
