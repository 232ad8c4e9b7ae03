package id.desasadar.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Segment;
import id.desasadar.demo.PaymentPlan.Standing;
import id.desasadar.worker.VillageRole;

/**
 * The ordinary residents of the demo, drawn from a seeded {@link Random}: how many live where (weighted to
 * the three designated villages and their districts, a few in every district), what they do, when and where
 * they enrolled, and how they pay. Nothing here depends on today.
 */
final class DemoPopulation {

	static final String SPONSOR = "GN Lingkaran (contoh)";

	/** Residents per designated village, per rest of its district, and per other district. */
	private static final Map<String, Integer> IN_VILLAGE = Map.of(DemoStory.WONOPRINGGO, 45,
			DemoStory.KETANONAGENG, 22, DemoStory.KEDUNGJARAN, 22);
	private static final Map<String, Integer> IN_DISTRICT = Map.ofEntries(Map.entry("33.26.12", 30),
			Map.entry("33.26.10", 28), Map.entry("33.26.08", 14), Map.entry("33.26.13", 12), Map.entry("33.26.14", 10),
			Map.entry("33.26.16", 10), Map.entry("33.26.19", 10), Map.entry("33.26.09", 10), Map.entry("33.26.15", 9));
	private static final int ELSEWHERE = 8;

	private static final LocalDate LATER_FROM = LocalDate.of(2019, 9, 1);
	private static final LocalDate LATER_TO = LocalDate.of(2026, 11, 15);
	private static final LocalDate NOT_ENROLLED_AGE_DAY = LocalDate.of(2026, 11, 1);
	private static final YearMonth LAPSE_FROM = YearMonth.of(2020, 1);
	private static final YearMonth LAPSE_TO = YearMonth.of(2024, 12);

	/** Paying 12 months ahead keeps the load fast; those enrolled since then pay 1, 3 or 6 months too. */
	private static final LocalDate RECENT_PAYERS = LocalDate.of(2025, 1, 1);

	/** Enrolled since then: often not paid yet (PENDING). */
	private static final LocalDate RECENT = LocalDate.of(2026, 9, 1);
	/** Enrolled before then with a sponsor: its year is over. */
	private static final LocalDate SPONSORED_YEAR_OVER = LocalDate.of(2025, 6, 1);

	private final Random random;
	private final SyntheticPeople people;

	DemoPopulation(Random random, SyntheticPeople people) {
		this.random = random;
		this.people = people;
	}

	/**
	 * @param villagesByDistrict the village codes of each district of 33.26, in code order
	 * @param events the demo events, of 2019 and 2026
	 */
	List<Resident> residents(Map<String, List<String>> villagesByDistrict, List<EventSlot> events) {
		List<Resident> residents = new ArrayList<>();
		IN_VILLAGE.keySet().stream().sorted()
			.forEach(village -> repeat(IN_VILLAGE.get(village), () -> residents.add(resident(village, events))));
		villagesByDistrict.keySet().stream().sorted().forEach(district -> {
			List<String> villages = villagesByDistrict.get(district).stream()
				.filter(code -> !IN_VILLAGE.containsKey(code)).toList();
			repeat(IN_DISTRICT.getOrDefault(district, ELSEWHERE),
					() -> residents.add(resident(villages.get(random.nextInt(villages.size())), events)));
		});
		return residents;
	}

	private Resident resident(String village, List<EventSlot> events) {
		String district = village.substring(0, 8);
		Job job = Occupations.draw(district, random);
		if (random.nextDouble() < 0.07) {
			return new Resident(people.person(village, VillageRole.RESIDENT, job, 19, 60, NOT_ENROLLED_AGE_DAY), null);
		}
		EventSlot event = event(village, district, events);
		LocalDate enrolledOn = event != null ? event.date() : later();
		Person person = people.person(village, VillageRole.RESIDENT, job, 19, 60, enrolledOn);
		return new Resident(person, membership(person, event == null ? null : event.id(), enrolledOn));
	}

	/** A 2019 event of the district (or the regency-wide launch), a 2026 one, or none: enrolled at the office. */
	private EventSlot event(String village, String district, List<EventSlot> events) {
		List<EventSlot> own2019 = events.stream().filter(e -> e.date().getYear() == 2019 && e.serves(district)).toList();
		List<EventSlot> own2026 = events.stream().filter(e -> e.date().getYear() == 2026 && e.serves(district)).toList();
		double draw = random.nextDouble();
		double at2019 = IN_VILLAGE.containsKey(village) ? 0.55 : own2019.isEmpty() ? 0.12 : 0.4;
		double at2026 = own2026.isEmpty() ? 0.05 : 0.2;
		int pick = random.nextInt(1000);
		if (draw < at2019) {
			List<EventSlot> choice = own2019.isEmpty() ? regencyWide(events, 2019) : own2019;
			return choice.get(pick % choice.size());
		}
		if (draw < at2019 + at2026) {
			List<EventSlot> choice = own2026.isEmpty() ? regencyWide(events, 2026) : own2026;
			return choice.get(pick % choice.size());
		}
		return null;
	}

	private static List<EventSlot> regencyWide(List<EventSlot> events, int year) {
		return events.stream().filter(e -> e.date().getYear() == year && e.regencyWide()).toList();
	}

	private LocalDate later() {
		return LATER_FROM.plusDays(random.nextLong(LATER_FROM.until(LATER_TO, ChronoUnit.DAYS) + 1));
	}

	Membership membership(Person person, Long eventId, LocalDate enrolledOn) {
		double payerDraw = random.nextDouble();
		double jhtDraw = random.nextDouble();
		Set<Program> programs = EnumSet.of(Program.JKK, Program.JKM);
		Payer payer = Payer.SELF;
		String sponsor = null;
		if (person.job().segment() == Segment.PU) {
			programs = EnumSet.copyOf(person.job().employerSize().requiredPrograms());
		}
		else if (person.monthlyIncome() <= 1_200_000 && payerDraw < 0.3) {
			payer = Payer.SPONSOR;
			sponsor = SPONSOR;
		}
		else {
			payer = payerDraw < 0.42 ? Payer.GROUP : Payer.SELF;
			if (jhtDraw < (person.monthlyIncome() >= 2_000_000 ? 0.5 : 0.3)) {
				programs.add(Program.JHT);
			}
		}
		return new Membership(programs, payer, sponsor, eventId, enrolledOn, plan(enrolledOn, payer));
	}

	/**
	 * Mostly paying; of the 2019 cohort many stopped since, as informal workers do; a sponsor (GN Lingkaran)
	 * pays one year, after which most of its workers lapse; recent enrollments are often not paid yet.
	 */
	PaymentPlan plan(LocalDate enrolledOn, Payer payer) {
		double standingDraw = random.nextDouble();
		double chunkDraw = random.nextDouble();
		int payDay = 1 + random.nextInt(15);
		int arrears = 1 + random.nextInt(3);
		double lapseDraw = random.nextDouble();
		YearMonth first = YearMonth.from(enrolledOn);
		Standing standing;
		YearMonth lastPaid = null;
		if (!enrolledOn.isBefore(RECENT)) {
			standing = standingDraw < 0.55 ? Standing.UNPAID : Standing.PAYING;
		}
		else if (payer == Payer.SPONSOR && enrolledOn.isBefore(SPONSORED_YEAR_OVER)) {
			standing = Standing.LAPSED;
			lastPaid = first.plusMonths(11);
		}
		else {
			double lapsed = enrolledOn.getYear() == 2019 ? 0.35 : enrolledOn.isBefore(LocalDate.of(2024, 1, 1)) ? 0.15 : 0;
			double inArrears = enrolledOn.getYear() == 2019 ? 0.12 : 0.1;
			standing = standingDraw < lapsed ? Standing.LAPSED
					: standingDraw < lapsed + inArrears ? Standing.ARREARS : Standing.PAYING;
		}
		if (standing == Standing.LAPSED && lastPaid == null) {
			YearMonth from = first.plusMonths(2).isBefore(LAPSE_FROM) ? LAPSE_FROM : first.plusMonths(2);
			lastPaid = from.plusMonths((long) (lapseDraw * (from.until(LAPSE_TO, ChronoUnit.MONTHS) + 1)));
		}
		int chunk = chunkDraw < 0.6 || enrolledOn.isBefore(RECENT_PAYERS) ? 12 : chunkDraw < 0.75 ? 6
				: chunkDraw < 0.9 ? 3 : 1;
		return new PaymentPlan(standing, chunk, payDay, arrears, lastPaid);
	}

	private static void repeat(int times, Runnable action) {
		for (int i = 0; i < times; i++) {
			action.run();
		}
	}
}
