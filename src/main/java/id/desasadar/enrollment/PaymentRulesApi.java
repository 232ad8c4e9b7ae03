package id.desasadar.enrollment;

import id.desasadar.contribution.RuleEnd;
import id.desasadar.contribution.RuleResponses;

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
 * {@code /api/v1/rules/payment-terms} and {@code /api/v1/rules/contribution-credits}: the payment terms and the
 * contribution credits, as the other families of {@code /api/v1/rules}.
 */
@RestController
@RequestMapping("/api/v1/rules")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class PaymentRulesApi {

	private final PaymentRules rules;

	PaymentRulesApi(PaymentRules rules) {
		this.rules = rules;
	}

	@GetMapping("/payment-terms")
	PagedModel<PaymentTermView> terms(Pageable pageable) {
		return RuleResponses.paged(rules.terms(), pageable);
	}

	@GetMapping("/payment-terms/{id}")
	PaymentTermView term(@PathVariable long id) {
		return rules.term(id);
	}

	@PostMapping("/payment-terms")
	ResponseEntity<PaymentTermView> addTerm(@RequestBody PaymentTermRequest request) {
		PaymentTermView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/payment-terms/{id}/end")
	PaymentTermView endTerm(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endTerm(id, end);
	}

	@GetMapping("/contribution-credits")
	PagedModel<ContributionCreditView> credits(Pageable pageable) {
		return RuleResponses.paged(rules.credits(), pageable);
	}

	@GetMapping("/contribution-credits/{id}")
	ContributionCreditView credit(@PathVariable long id) {
		return rules.credit(id);
	}

	@PostMapping("/contribution-credits")
	ResponseEntity<ContributionCreditView> addCredit(@RequestBody ContributionCreditRequest request) {
		ContributionCreditView added = rules.add(request);
		return RuleResponses.created(added, added.id());
	}

	@PostMapping("/contribution-credits/{id}/end")
	ContributionCreditView endCredit(@PathVariable long id, @RequestBody RuleEnd end) {
		return rules.endCredit(id, end);
	}
}
