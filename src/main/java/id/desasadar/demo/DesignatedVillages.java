package id.desasadar.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.village.DesignationRequest;
import id.desasadar.village.ProfileRequest;
import id.desasadar.village.VillageOffice;
import id.desasadar.worker.VillageRole;
import id.desasadar.worker.Worker;

/**
 * The villages of the Desa Sadar story: each profile filled in, the village head, every official and most
 * RT/RW heads registered and enrolled, then the declaration, which the application refuses until the
 * checklist is met. Rowokembu is a candidate that is not ready yet, so the checklist has something to show.
 */
final class DesignatedVillages {

	static final String ROWOKEMBU = "33.26.12.2007";
	static final List<String> CODES = List.of(DemoStory.WONOPRINGGO, DemoStory.KETANONAGENG, DemoStory.KEDUNGJARAN,
			ROWOKEMBU);

	/**
	 * @param registeredRtRwHeads RT/RW heads registered and enrolled, of {@code rtRwHeads}
	 * @param officialsEnrolled officials registered and enrolled, of {@code officials}
	 * @param declaredOn {@code null} for a village not declared (yet)
	 */
	record Village(String code, int officials, int officialsEnrolled, int rtRwHeads, int registeredRtRwHeads,
			int workforce, boolean bumdesActive, Long eventId, LocalDate enrolledOn, LocalDate declaredOn,
			String agreementNumber) {
	}

	static List<Village> of(DemoCampaigns.Planned events) {
		return List.of(
				new Village(DemoStory.WONOPRINGGO, 11, 11, 26, 18, 2800, true, events.festival(),
						DemoCampaigns.FESTIVAL_DAY, DemoCampaigns.FESTIVAL_DAY, "MoU/KC-PKL/2019/001"),
				new Village(DemoStory.KETANONAGENG, 9, 9, 18, 12, 1700, true, events.ketanonageng(),
						LocalDate.of(2019, 8, 28), DemoCampaigns.LAUNCH_DAY, "MoU/KC-PKL/2019/002"),
				new Village(DemoStory.KEDUNGJARAN, 10, 10, 20, 14, 2100, true, events.kedungjaran(),
						LocalDate.of(2019, 8, 29), DemoCampaigns.LAUNCH_DAY, "MoU/KC-PKL/2019/003"),
				new Village(ROWOKEMBU, 9, 5, 16, 0, 1400, false, null, LocalDate.of(2026, 9, 15), null, null));
	}

	private final VillageOffice office;
	private final DemoRegistrar registrar;
	private final SyntheticPeople people;
	private final DemoPopulation population;
	private final Random random;
	private final Runnable afterEach;

	DesignatedVillages(VillageOffice office, DemoRegistrar registrar, SyntheticPeople people, DemoPopulation population,
			Random random, Runnable afterEach) {
		this.office = office;
		this.registrar = registrar;
		this.people = people;
		this.population = population;
		this.random = random;
		this.afterEach = afterEach;
	}

	void load(Village village) {
		Worker head = enroll(village, VillageRole.HEAD, Occupations.KEPALA_DESA, true);
		for (int i = 0; i < village.officialsEnrolled(); i++) {
			enroll(village, VillageRole.OFFICIAL, Occupations.PERANGKAT_DESA, random.nextDouble() < 0.4);
		}
		String district = village.code().substring(0, 8);
		for (int i = 0; i < village.registeredRtRwHeads(); i++) {
			Person person = people.person(village.code(), VillageRole.RT_RW_HEAD, Occupations.draw(district, random), 30,
					62, village.enrolledOn());
			registrar.register(person, population.membership(person, village.eventId(), village.enrolledOn()));
			afterEach.run();
		}
		office.updateProfile(village.code(), new ProfileRequest(head.getName(), head.getPhone().national(),
				(long) village.officials(), (long) village.rtRwHeads(), (long) village.workforce(), village.bumdesActive(),
				null), DemoCampaigns.MANAGER);
		if (village.declaredOn() != null) {
			office.declare(village.code(), new DesignationRequest(village.declaredOn().toString(),
					village.agreementNumber()), DemoCampaigns.MANAGER);
		}
	}

	/** The head and officials: paid from the village budget (APBDes, allowed for officials) twelve months ahead. */
	private Worker enroll(Village village, VillageRole role, Job job, boolean withJht) {
		Person person = people.person(village.code(), role, job, 28, 58, village.enrolledOn());
		EnumSet<Program> programs = EnumSet.of(Program.JKK, Program.JKM);
		if (withJht) {
			programs.add(Program.JHT);
		}
		Worker worker = registrar.register(person, new Membership(programs, Payer.VILLAGE_BUDGET, null, village.eventId(),
				village.enrolledOn(), PaymentPlan.paying(12, 5)));
		afterEach.run();
		return worker;
	}

	/** Villages of the story's districts with a workforce estimate, so coverage by village has a denominator. */
	void estimateWorkforce(List<String> villageCodes) {
		for (String code : villageCodes) {
			long estimate = 900 + 50L * random.nextInt(33);
			if (!CODES.contains(code)) {
				office.updateProfile(code, new ProfileRequest(null, null, null, null, estimate, false, null),
						DemoCampaigns.MANAGER);
			}
		}
	}
}
