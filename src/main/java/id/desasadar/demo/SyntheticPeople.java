package id.desasadar.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import id.desasadar.worker.Sex;
import id.desasadar.worker.VillageRole;

/**
 * Makes up people who cannot be mistaken for real ones: Javanese names marked "(contoh)", and NIKs and
 * phone numbers from serials of their own. A NIK is consistent with the person (domain.md, Identity data):
 * the district of the village, the birth date with day + 40 for women, and a serial from 7001 on, a range
 * the tests' own NIKs ({@code id.desasadar.Api}) stay below.
 */
final class SyntheticPeople {

	static final String MARK = " (contoh)";
	static final int FIRST_SERIAL = 7001;

	/** Api.freshNik registers men born on this day in Wonopringgo: never draw it, so no NIK can collide. */
	private static final LocalDate TEST_BIRTH_DATE = LocalDate.of(1985, 3, 12);

	private static final List<String> MEN = List.of("Slamet", "Sugeng", "Bambang", "Joko", "Agus", "Budi", "Teguh",
			"Wahyu", "Eko", "Heru", "Rahmat", "Ahmad", "Imam", "Arif", "Bayu", "Dedi", "Hadi", "Sutrisno", "Suparman",
			"Warsito", "Darsono", "Kusno", "Tarmuji", "Casmadi", "Khaerudin", "Mustofa", "Rosidi", "Waluyo");
	private static final List<String> WOMEN = List.of("Siti", "Sri", "Dewi", "Endang", "Tuti", "Ratna", "Yuni",
			"Rini", "Sulastri", "Suminah", "Kartini", "Umi", "Aminah", "Khotimah", "Rohmah", "Darsini", "Tarsih",
			"Waryati", "Casmini", "Nur", "Fatimah", "Sumarni");
	private static final List<String> MEN_SECOND = List.of("Santoso", "Wibowo", "Prasetyo", "Hidayat", "Setiawan",
			"Nugroho", "Susanto", "Mulyono", "Hartono", "Riyadi", "Saputra", "Kurniawan", "Wijaya", "Sholeh");
	private static final List<String> WOMEN_SECOND = List.of("Rahayu", "Lestari", "Wulandari", "Handayani", "Astuti",
			"Purwanti", "Rahmawati", "Susanti", "Yuliani", "Kusumawati", "Fitriani", "Maesaroh");
	private static final List<String> OPERATORS = List.of("0812", "0813", "0852", "0857", "0878", "0896", "0819");

	private static final List<Long> INCOME_LEVELS = List.of(1_000_000L, 1_200_000L, 1_500_000L, 2_000_000L, 2_500_000L,
			3_000_000L, 3_500_000L);

	private final Random random;
	private int serial = FIRST_SERIAL;

	SyntheticPeople(Random random) {
		this.random = random;
	}

	/**
	 * A person of the village living from {@code job}, aged {@code minAge} to {@code maxAge} on {@code on} (the
	 * day they enroll, which the BPU age limit is checked against).
	 */
	Person person(String villageCode, VillageRole role, Job job, int minAge, int maxAge, LocalDate on) {
		Sex sex = random.nextDouble() < job.femaleShare() ? Sex.FEMALE : Sex.MALE;
		String name = pick(sex == Sex.MALE ? MEN : WOMEN) + " " + pick(sex == Sex.MALE ? MEN_SECOND : WOMEN_SECOND) + MARK;
		LocalDate birthDate = birthDate(minAge, maxAge, on);
		int number = serial++;
		String nik = nik(villageCode, birthDate, sex, number);
		String phone = pick(OPERATORS) + "0000" + "%04d".formatted(number);
		String address = "RT %02d RW %02d".formatted(1 + random.nextInt(8), 1 + random.nextInt(5));
		return new Person(nik, name, birthDate, sex, phone, villageCode, address, job, income(job), role);
	}

	static String nik(String villageCode, LocalDate birthDate, Sex sex, int serial) {
		String district = villageCode.substring(0, 8).replace(".", "");
		int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
		return "%s%02d%02d%02d%04d".formatted(district, day, birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
	}

	/** Born so that the age on {@code on} lies in the range; days 1-28 exist in every month. */
	private LocalDate birthDate(int minAge, int maxAge, LocalDate on) {
		LocalDate latest = on.minusYears(minAge);
		LocalDate earliest = on.minusYears(maxAge + 1L).plusDays(1);
		LocalDate drawn;
		do {
			drawn = earliest.plusDays(random.nextLong(latest.toEpochDay() - earliest.toEpochDay()));
			drawn = drawn.withDayOfMonth(Math.min(drawn.getDayOfMonth(), 28));
		}
		while (drawn.equals(TEST_BIRTH_DATE) || drawn.isBefore(earliest));
		return drawn;
	}

	/** Incomes as people declare them: round amounts within the job's range. */
	private long income(Job job) {
		List<Long> levels = INCOME_LEVELS.stream()
			.filter(level -> level >= job.minIncome() && level <= job.maxIncome()).toList();
		return levels.isEmpty() ? job.minIncome() : levels.get(random.nextInt(levels.size()));
	}

	private String pick(List<String> names) {
		return names.get(random.nextInt(names.size()));
	}
}
