package id.desasadar.contribution;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contribution rules as managers keep them, the API twin of the rules page: for each family ({@code rates},
 * {@code income-brackets}, {@code discounts}, {@code wage-caps}) the rows, one row, a new row ({@code 201}) and
 * the end of a row. Managers manage rates (api.md, Access); the rules are national, so no scope narrows them.
 */
@RestController
@RequestMapping("/api/v1/rules")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class RulesApi {

	private final ContributionRules rules;

	RulesApi(ContributionRules rules) {
		this.rules = rules;
	}

	@GetMapping("/rates")
	PagedModel<RateView> rates(Pageable pageable) {
		return RuleResponses.paged(rules.rates(), pageable);
	}

	@GetMapping("/rates/{id}")
	RateView rate(@PathVariable long id) {
		return rules.rate(id);
	}

	@PostMapping("/rates")
	ResponseEntity<RateView> addRate(@RequestBody RateRequest request) {
		RateView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/rates/{id}/end")
	RateView endRate(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endRate(id, end);
	}

	@GetMapping("/income-brackets")
	PagedModel<IncomeBracketView> brackets(Pageable pageable) {
		return RuleResponses.paged(rules.brackets(), pageable);
	}

	@GetMapping("/income-brackets/{id}")
	IncomeBracketView bracket(@PathVariable long id) {
		return rules.bracket(id);
	}

	@PostMapping("/income-brackets")
	ResponseEntity<IncomeBracketView> addBracket(@RequestBody IncomeBracketRequest request) {
		IncomeBracketView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/income-brackets/{id}/end")
	IncomeBracketView endBracket(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endBracket(id, end);
	}

	@GetMapping("/discounts")
	PagedModel<DiscountView> discounts(Pageable pageable) {
		return RuleResponses.paged(rules.discounts(), pageable);
	}

	@GetMapping("/discounts/{id}")
	DiscountView discount(@PathVariable long id) {
		return rules.discount(id);
	}

	@PostMapping("/discounts")
	ResponseEntity<DiscountView> addDiscount(@RequestBody DiscountRequest request) {
		DiscountView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/discounts/{id}/end")
	DiscountView endDiscount(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endDiscount(id, end);
	}

	@GetMapping("/wage-caps")
	PagedModel<WageCapView> caps(Pageable pageable) {
		return RuleResponses.paged(rules.caps(), pageable);
	}

	@GetMapping("/wage-caps/{id}")
	WageCapView cap(@PathVariable long id) {
		return rules.cap(id);
	}

	@PostMapping("/wage-caps")
	ResponseEntity<WageCapView> addCap(@RequestBody WageCapRequest request) {
		WageCapView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/wage-caps/{id}/end")
	WageCapView endCap(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endCap(id, end);
	}
}
