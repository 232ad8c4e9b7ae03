package id.desasadar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Segment;
import id.desasadar.worker.Nik;
import id.desasadar.worker.PhoneNumber;

import org.junit.jupiter.api.Test;

class DemoPopulationUnitTest {

	@Test
	void drawsTheSamePeopleFromTheSameSeed() {
		assertThat(draw()).isEqualTo(draw());
	}

	@Test
	void spreadsAFewHundredResidentsOverEveryDistrictWeightedToTheDesignatedVillages() {
		List<Resident> residents = draw();
		assertThat(residents).hasSizeBetween(280, 350);
		assertThat(residents.stream().map(r -> r.person().villageCode().substring(0, 8)).distinct()).hasSize(19);
		assertThat(residents.stream().filter(r -> r.person().villageCode().equals(DemoStory.WONOPRINGGO))).hasSize(45);
		assertThat(residents.stream().filter(r -> r.membership() == null)).isNotEmpty();
		assertThat(residents.stream().filter(r -> r.person().job().segment() == Segment.PU)).isNotEmpty();
	}

	@Test
	void givesEachPersonAValidUniqueNikThatAgreesWithThePerson() {
		List<Resident> residents = draw();
		assertThat(residents.stream().map(r -> r.person().nik()).distinct()).hasSameSizeAs(residents);
		for (Resident resident : residents) {
			Person person = resident.person();
			assertThat(Nik.problemOf(person.nik())).as(person.nik()).isEmpty();
			assertThat(new Nik(person.nik()).warningsAgainst(person.birthDate(), person.sex(), person.villageCode()))
				.as(person.nik()).isEmpty();
			assertThat(Integer.parseInt(person.nik().substring(12))).isGreaterThanOrEqualTo(SyntheticPeople.FIRST_SERIAL);
			assertThat(person.birthDate()).isNotEqualTo(LocalDate.of(1985, 3, 12));
			assertThat(person.name()).endsWith(" (contoh)");
			assertThat(PhoneNumber.of(person.phone()).national()).hasSize(12);
		}
	}

	@Test
	void enrollsEveryoneWithinTheRulesOfTheirPrograms() {
		for (Resident resident : draw()) {
			Membership membership = resident.membership();
			if (membership == null) {
				continue;
			}
			Person person = resident.person();
			assertThat(Period.between(person.birthDate(), membership.enrolledOn()).getYears()).isBetween(19, 64);
			assertThat(membership.enrolledOn()).isBetween(LocalDate.of(2019, 8, 21), LocalDate.of(2026, 11, 18));
			if (person.job().segment() == Segment.PU) {
				assertThat(membership.programs()).containsAll(person.job().employerSize().requiredPrograms());
			}
			else {
				assertThat(membership.programs()).contains(Program.JKK, Program.JKM).doesNotContain(Program.JP);
			}
			assertThat(membership.payer() == Payer.SPONSOR).isEqualTo(membership.sponsorName() != null);
		}
	}

	private static List<Resident> draw() {
		Random random = new Random(DemoStory.SEED);
		return new DemoPopulation(random, new SyntheticPeople(random)).residents(villages(), events());
	}

	/** Three villages in each of the 19 districts, the designated ones among them. */
	private static Map<String, List<String>> villages() {
		Map<String, List<String>> villages = new LinkedHashMap<>();
		for (int d = 1; d <= 19; d++) {
			String district = "33.26.%02d".formatted(d);
			List<String> codes = new ArrayList<>(List.of(district + ".2001", district + ".2002", district + ".2003"));
			villages.put(district, codes);
		}
		villages.get("33.26.10").add(DemoStory.KEDUNGJARAN);
		villages.get("33.26.12").add(DemoStory.WONOPRINGGO);
		return villages;
	}

	private static List<EventSlot> events() {
		return List.of(new EventSlot(1, DemoStory.WONOPRINGGO, LocalDate.of(2019, 8, 21), Set.of("33.26.12"), false),
				new EventSlot(2, DemoCampaigns.KAJEN, LocalDate.of(2019, 9, 3), Set.of("33.26.08"), true),
				new EventSlot(3, DemoCampaigns.KAJEN, LocalDate.of(2026, 4, 22), Set.of("33.26.08"), true),
				new EventSlot(4, "33.26.19.2011", LocalDate.of(2026, 11, 18), Set.of("33.26.19"), false));
	}
}
