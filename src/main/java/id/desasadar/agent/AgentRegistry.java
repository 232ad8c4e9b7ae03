package id.desasadar.agent;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.worker.PhoneNumber;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Registers Perisai agents in the caller's scope, one per registration number. */
@Component
class AgentRegistry {

	private final Agents agents;
	private final Regions regions;
	private final Clock clock;

	AgentRegistry(Agents agents, Regions regions, Clock clock) {
		this.agents = agents;
		this.regions = regions;
		this.clock = clock;
	}

	Agent register(AgentRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		String name = checks.text("name", request.name(), 120, true);
		String phoneText = checks.text("phone", request.phone(), 30, false);
		PhoneNumber phone = phoneText == null ? null : checks.parsed(() -> PhoneNumber.of(phoneText));
		String region = checks.text("regionCode", request.regionCode(), 13, true);
		if (region != null && (!viewer.sees(region) || regions.findByCode(region).isEmpty())) {
			checks.add("regionCode", "agent.region.unknown");
		}
		// Registration numbers are compared whatever the case they were typed in.
		String codeText = checks.text("code", request.code(), 40, true);
		String code = codeText == null ? null : codeText.toUpperCase(Locale.ROOT);
		checks.throwIfAny();
		rejectDuplicate(code);
		try {
			return agents.saveAndFlush(new Agent(name, phone == null ? null : phone.e164(), region, code,
					viewer.username(), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Two officers registered the same number at once: the unique key let one through.
			rejectDuplicate(code);
			throw ex;
		}
	}

	private void rejectDuplicate(String code) {
		if (agents.existsByCode(code)) {
			throw new ConflictException("duplicate-agent-code", "agent.code.duplicate", Map.of(), code);
		}
	}
}
