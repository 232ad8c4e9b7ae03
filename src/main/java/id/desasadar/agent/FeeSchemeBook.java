package id.desasadar.agent;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.desasadar.contribution.RuleEnd;
import id.desasadar.contribution.RuleKeeper;
import id.desasadar.contribution.RuleSection;
import id.desasadar.contribution.RuleStanding;
import id.desasadar.support.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agents' fee schemes as managers keep them (issue #17), the section {@code agent-fee-schemes} of the rules
 * page: one scheme at a time pays every agent's month, the next starting the day the last ends. A report reads
 * the schemes at each request, so a change counts at once.
 */
@Component
class FeeSchemeBook implements RuleSection {

	private final FeeSchemes schemes;
	private final RuleKeeper<FeeScheme> keeper;

	FeeSchemeBook(FeeSchemes schemes, TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock) {
		this.schemes = schemes;
		// Nothing to forget after a change: reports read the schemes at each request.
		this.keeper = new RuleKeeper<>("agent_fee_rule", RuleKeeper.Store.of(schemes::findAll, schemes::save), transaction,
				jdbc, clock, () -> {
				});
	}

	List<FeeSchemeView> schemes() {
		return schemes.findAll().stream().sorted(Comparator.comparing(s -> s.validity().from()))
			.map(s -> FeeSchemeView.of(s, keeper.today())).toList();
	}

	FeeSchemeView scheme(long id) {
		return schemes.findAll().stream().filter(s -> s.id() == id).findFirst().map(s -> FeeSchemeView.of(s, keeper.today()))
			.orElseThrow(() -> new NotFoundException("rule", id));
	}

	FeeSchemeView add(FeeSchemeRequest request) {
		return FeeSchemeView.of(keeper.add(request.toRow(keeper), request.replacedId()), keeper.today());
	}

	FeeSchemeView end(long id, RuleEnd end) {
		return FeeSchemeView.of(keeper.end(id, end.validTo()), keeper.today());
	}

	@Override
	public String name() {
		return "agent-fee-schemes";
	}

	/** After the contribution rules. */
	@Override
	public int order() {
		return 50;
	}

	@Override
	public Map<String, Object> data() {
		List<FeeSchemeView> rows = schemes();
		return Map.of("rows", rows, "open", rows.stream().filter(r -> r.standing() != RuleStanding.ENDED).toList(),
				"schemes", IncentiveScheme.values());
	}

	@Override
	public Object blankForm() {
		return FeeSchemeRequest.blank();
	}
}
