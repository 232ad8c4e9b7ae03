package id.desasadar.contribution;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/contributions/quote}: what a month of contributions costs (api.md "Contribution quote"). */
@RestController
class ContributionQuoteController {

	private final ContributionQuoter quoter;
	private final Clock clock;

	ContributionQuoteController(ContributionQuoter quoter, Clock clock) {
		this.quoter = quoter;
		this.clock = clock;
	}

	/** The parameters are bound by name from the query string, see {@link QuoteParameters}. */
	@GetMapping("/api/v1/contributions/quote")
	Quote quote(QuoteParameters parameters) {
		return quoter.quote(parameters.toRequest(LocalDate.now(clock)));
	}
}
