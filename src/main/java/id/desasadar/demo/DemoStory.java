package id.desasadar.demo;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.desasadar.campaign.CampaignPlanner;
import id.desasadar.campaign.Campaigns;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.village.VillageOffice;
import id.desasadar.worker.WorkerRegistry;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 2019 Pekalongan campaign with its villages, workers, enrollments and payments (issue #2, item 8), made
 * through the application's own services so that it obeys every rule. The same on every fresh database: all
 * is drawn from one seeded {@link Random}, and only how far payments run follows today. One transaction, so a
 * load that fails leaves nothing behind and the next start tries again.
 */
@Component
class DemoStory {

	static final String WONOPRINGGO = "33.26.12.2008";
	static final String KETANONAGENG = "33.26.10.2001";
	static final String KEDUNGJARAN = "33.26.10.2013";
	static final String PEKALONGAN = "33.26";
	static final long SEED = 20190821L;

	private static final Logger log = LoggerFactory.getLogger(DemoStory.class);

	private final CampaignPlanner planner;
	private final VillageOffice office;
	private final WorkerRegistry registry;
	private final EnrollmentDesk desk;
	private final ContributionQuoter quoter;
	private final Coverage coverage;
	private final Regions regions;
	private final Campaigns campaigns;
	private final TransactionTemplate transaction;
	private final EntityManager entityManager;
	private final Clock clock;

	DemoStory(CampaignPlanner planner, VillageOffice office, WorkerRegistry registry, EnrollmentDesk desk,
			ContributionQuoter quoter, Coverage coverage, Regions regions, Campaigns campaigns,
			TransactionTemplate transaction, EntityManager entityManager, Clock clock) {
		this.planner = planner;
		this.office = office;
		this.registry = registry;
		this.desk = desk;
		this.quoter = quoter;
		this.coverage = coverage;
		this.regions = regions;
		this.campaigns = campaigns;
		this.transaction = transaction;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** Loads the story unless its campaign exists already. */
	void loadOnce() {
		if (loaded()) {
			return;
		}
		long started = System.nanoTime();
		DemoRegistrar registrar = new DemoRegistrar(registry, desk, quoter, coverage, clock);
		transaction.executeWithoutResult(status -> load(registrar));
		log.info("Demo data loaded: {} in {} ms", registrar.counts(), (System.nanoTime() - started) / 1_000_000);
	}

	private boolean loaded() {
		return campaigns.existsByName(DemoCampaigns.CAMPAIGN_2019);
	}

	private void load(DemoRegistrar registrar) {
		Random random = new Random(SEED);
		SyntheticPeople people = new SyntheticPeople(random);
		DemoPopulation population = new DemoPopulation(random, people);
		DemoCampaigns.Planned events = new DemoCampaigns(planner).plan();
		Map<String, List<String>> villagesByDistrict = villagesByDistrict();

		DesignatedVillages villages = new DesignatedVillages(office, registrar, people, population, random, this::settle);
		DesignatedVillages.of(events).forEach(villages::load);
		villages.estimateWorkforce(villagesOf(villagesByDistrict, "33.26.12", "33.26.10", "33.26.08"));
		for (Resident resident : population.residents(villagesByDistrict, events.slots())) {
			registrar.register(resident.person(), resident.membership());
			settle();
		}
	}

	/** Writes what one worker made and lets go of it: the load stays one transaction without a growing session. */
	private void settle() {
		entityManager.flush();
		entityManager.clear();
	}

	private Map<String, List<String>> villagesByDistrict() {
		Map<String, List<String>> byDistrict = new LinkedHashMap<>();
		for (Region district : regions.findByParentCodeOrderByCode(PEKALONGAN)) {
			byDistrict.put(district.getCode(),
					regions.findByParentCodeOrderByCode(district.getCode()).stream().map(Region::getCode).toList());
		}
		return byDistrict;
	}

	private static List<String> villagesOf(Map<String, List<String>> villagesByDistrict, String... districts) {
		return Arrays.stream(districts).flatMap(d -> villagesByDistrict.getOrDefault(d, List.of()).stream())
			.toList();
	}
}
