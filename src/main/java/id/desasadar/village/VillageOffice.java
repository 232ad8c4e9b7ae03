package id.desasadar.village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.RuleViolationException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A village's profile, checklist and designation, each read and changed within the caller's scope. */
@Component
public class VillageOffice {

	private final Regions regions;
	private final VillageProfiles profiles;
	private final Designations designations;
	private final VillageFigures figures;
	private final ReadinessSettings settings;
	private final Clock clock;

	VillageOffice(Regions regions, VillageProfiles profiles, Designations designations, VillageFigures figures,
			ReadinessSettings settings, Clock clock) {
		this.regions = regions;
		this.profiles = profiles;
		this.designations = designations;
		this.figures = figures;
		this.settings = settings;
		this.clock = clock;
	}

	/** The one way to open a village: unknown, not a village, and out of scope are all "not found". */
	public Region findVisible(String code, Viewer viewer) {
		return regions.findVillage(code).filter(v -> viewer.sees(v.getCode()))
			.orElseThrow(() -> new NotFoundException("village", code));
	}

	public VillageView view(String code, Viewer viewer) {
		Region village = findVisible(code, viewer);
		VillageFigures.Counts counts = figures.of(code);
		return VillageView.of(village, profiles.findById(code).orElse(null),
				designations.findByVillageCode(code).orElse(null), counts);
	}

	public Readiness readiness(String code, Viewer viewer) {
		findVisible(code, viewer);
		return assess(code);
	}

	/**
	 * The village, its checklist and how its enrollments stand, from one count of its workers: what the
	 * village page and the village report show.
	 */
	record Overview(VillageView village, Readiness readiness, StatusBreakdown statuses) {

		/** Not ready, ready or declared: {@link VillageState}, the same for the page and the report. */
		VillageState state() {
			return VillageState.of(village, readiness);
		}
	}

	Overview overview(String code, Viewer viewer) {
		Region village = findVisible(code, viewer);
		VillageFigures.Counts counts = figures.of(code);
		VillageProfile profile = profiles.findById(code).orElse(null);
		return new Overview(VillageView.of(village, profile, designations.findByVillageCode(code).orElse(null), counts),
				assess(counts, profile), counts.statuses());
	}

	@Transactional
	public VillageProfile updateProfile(String code, ProfileRequest request, Viewer viewer) {
		findVisible(code, viewer);
		FieldChecks checks = new FieldChecks();
		ProfileDetails details = request.check(checks);
		checks.throwIfAny();
		VillageProfile profile = profiles.findById(code).orElseGet(() -> new VillageProfile(code));
		if (request.version() != null && request.version() != profile.getVersion()) {
			throw new ConflictException("stale-version", "problem.stale-version", Map.of("currentVersion", profile.getVersion()));
		}
		profile.update(details, viewer.username(), clock.instant());
		return profiles.saveAndFlush(profile);
	}

	@Transactional
	public Designation declare(String code, DesignationRequest request, Viewer viewer) {
		findVisible(code, viewer);
		FieldChecks checks = new FieldChecks();
		LocalDate declaredOn = checks.date("declaredOn", request.declaredOn(), true);
		if (declaredOn != null && declaredOn.isAfter(LocalDate.now(clock))) {
			checks.add("declaredOn", "designation.declared-on.future");
		}
		String agreement = checks.text("agreementNumber", request.agreementNumber(), 80, true);
		checks.throwIfAny();
		designations.findByVillageCode(code).ifPresent(existing -> {
			throw new ConflictException("already-designated", "designation.already", Map.of(),
					existing.getDeclaredOn().toString());
		});
		Readiness readiness = assess(code);
		if (!readiness.ready()) {
			throw new RuleViolationException("designation-not-ready", "designation.not-ready")
				.with("missing", readiness.missing());
		}
		return designations.saveAndFlush(new Designation(code, declaredOn, agreement, viewer.username(), clock.instant()));
	}

	/** The checklist of a village as it stands: what ReadyVillages keeps a flag of. */
	Readiness assess(String code) {
		return assess(figures.of(code), profiles.findById(code).orElse(null));
	}

	private Readiness assess(VillageFigures.Counts counts, VillageProfile profile) {
		VillageFacts facts = new VillageFacts(counts.headEnrolled(), counts.officialsEnrolled(),
				profile == null ? null : profile.getOfficialsCount(), counts.rtRwHeadsEnrolled(),
				profile == null ? null : profile.getRtRwHeadsCount(), profile != null && profile.isBumdesActive(),
				counts.enrolled(), profile == null || profile.getWorkforceEstimate() == null ? null
						: profile.getWorkforceEstimate().longValue());
		return Readiness.assess(facts, settings.criteria());
	}
}
