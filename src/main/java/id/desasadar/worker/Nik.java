package id.desasadar.worker;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import id.desasadar.region.IssuingRegions;
import id.desasadar.support.InvalidInputException;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DDMMYY SSSS}, the province, regency and district
 * where it was first issued, the birth date with day + 40 for women, and a serial 0001-9999
 * (domain.md, Identity data). A value that exists is well formed, its birth date a real calendar date; whether
 * it matches the person, or names a region of the official list, is a separate question answered by
 * {@link #warningsAgainst}, because a NIK is never corrected.
 * <p>
 * {@link #toString()} masks the middle digits so that a NIK does not land in a log by accident; use
 * {@link #value()} where the full number is really needed.
 */
public record Nik(String value) {

	private static final int LENGTH = 16;
	private static final int WOMEN_DAY_OFFSET = 40;
	/**
	 * What people type between the groups of a NIK as the KTP prints it ({@code 3326 1211 0890 0001},
	 * {@code 33.26.12.110890.0001}): spaces (a no-break space too, from a copied text), dots and dashes.
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-]");

	/**
	 * A stored or already checked value. The calendar is checked where a NIK is typed ({@link #of}), not here: a
	 * NIK registered before that check (a 31 February) must still be read back.
	 */
	public Nik {
		Optional<NikProblem> problem = check(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("malformed NIK: " + problem.get());
		}
	}

	/**
	 * Parses what a person typed (a page, the API, a cell of an imported sheet): the separators between
	 * groups (spaces, dots, dashes) are dropped before the digits are checked (domain.md, Identity data).
	 */
	public static Nik of(String raw) {
		String digits = withoutSeparators(raw);
		Optional<NikProblem> problem = checkTyped(digits);
		if (problem.isPresent()) {
			throw new InvalidInputException("nik", problem.get().messageKey());
		}
		return new Nik(digits);
	}

	/** The first thing wrong with {@code raw}, separators dropped as {@link #of} does; empty when well formed. */
	public static Optional<NikProblem> problemOf(String raw) {
		return checkTyped(withoutSeparators(raw));
	}

	private static String withoutSeparators(String raw) {
		return raw == null ? null : SEPARATORS.matcher(raw).replaceAll("");
	}

	/** A stored value: the calendar date is not checked, see the constructor. */
	private static Optional<NikProblem> check(String nik) {
		return check(nik, false);
	}

	/** What a typed NIK must pass, in the order of {@link NikProblem}. */
	private static Optional<NikProblem> checkTyped(String nik) {
		return check(nik, true);
	}

	private static Optional<NikProblem> check(String nik, boolean calendar) {
		if (nik == null || nik.length() != LENGTH) {
			return Optional.of(NikProblem.LENGTH);
		}
		if (!nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.of(NikProblem.DIGITS);
		}
		int month = number(nik, 8, 10);
		if (month < 1 || month > 12) {
			return Optional.of(NikProblem.MONTH);
		}
		int day = number(nik, 6, 8);
		if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
			return Optional.of(NikProblem.DAY);
		}
		if (calendar && !isCalendarDate(day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day, month, number(nik, 10, 12))) {
			return Optional.of(NikProblem.DATE);
		}
		if (number(nik, 12, 16) == 0) {
			return Optional.of(NikProblem.SERIAL);
		}
		return Optional.empty();
	}

	/**
	 * Whether the day exists in the month (no 31 April, no 30 February). The NIK keeps two digits of the year, so a
	 * 29 February is taken as real in a year of the century divisible by 4: 00 reads as 2000, a leap year, since
	 * someone born in 1900 registers no more.
	 */
	private static boolean isCalendarDate(int day, int month, int yearOfCentury) {
		return day <= Month.of(month).length(Year.isLeap(2000 + yearOfCentury));
	}

	private static int number(String nik, int from, int to) {
		return Integer.parseInt(nik, from, to, 10);
	}

	/** Kemendagri code of the province of first issue, e.g. {@code 33}. */
	public String provinceCode() {
		return value.substring(0, 2);
	}

	/** Kemendagri code of the regency or city of first issue, e.g. {@code 33.26}. */
	public String regencyCode() {
		return provinceCode() + "." + value.substring(2, 4);
	}

	/** Kemendagri code of the district (kecamatan) of first issue, e.g. {@code 33.26.12}. */
	public String districtCode() {
		return regencyCode() + "." + value.substring(4, 6);
	}

	public Sex sex() {
		return number(value, 6, 8) > WOMEN_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
	}

	/** Day of birth 1-31, with the 40 added for women removed. */
	public int birthDay() {
		int day = number(value, 6, 8);
		return day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
	}

	public int birthMonth() {
		return number(value, 8, 10);
	}

	/** The two-digit year: the NIK does not say the century. */
	public int birthYearOfCentury() {
		return number(value, 10, 12);
	}

	/**
	 * The province and regency (4 digits), the rest as {@code *}: {@code 3326************}. Who sees a masked NIK
	 * also sees the worker's village (the district, digits 5-6, as a rule) and birth date and sex (digits 7-12):
	 * the serial (digits 13-16) is the only part no other field gives, so no digit of it is shown
	 * (issue #16; docs/security.md, Masked NIK). The 4 shown are those the village gives away anyway.
	 */
	public String masked() {
		return value.substring(0, 4) + "*".repeat(LENGTH - 4);
	}

	/**
	 * Where this NIK disagrees with the person's birth date, sex and village (a dotted Kemendagri code such
	 * as {@code 33.26.12.2008}), then whether its province or regency is missing from the official list. A
	 * {@code null} argument is not known and gives no warning. The region is compared at district level,
	 * because that is all a NIK records; a person who moved since the NIK was issued gets a warning, which is
	 * expected. A code missing from the list is a warning and not an error (domain.md, Identity data): codes
	 * are re-issued by decree, and a NIK keeps the code of a regency since split or renamed.
	 */
	public List<NikWarning> warningsAgainst(LocalDate birthDate, Sex sex, String villageCode) {
		List<NikWarning> warnings = new ArrayList<>(4);
		if (birthDate != null && (birthDate.getDayOfMonth() != birthDay()
				|| birthDate.getMonthValue() != birthMonth() || birthDate.getYear() % 100 != birthYearOfCentury())) {
			warnings.add(NikWarning.BIRTH_DATE_DIFFERS);
		}
		if (sex != null && sex != sex()) {
			warnings.add(NikWarning.SEX_DIFFERS);
		}
		if (villageCode != null && !villageCode.isBlank() && !inDistrict(villageCode.strip())) {
			warnings.add(NikWarning.REGION_DIFFERS);
		}
		if (!IssuingRegions.exists(provinceCode())) {
			warnings.add(NikWarning.PROVINCE_UNKNOWN);
		}
		else if (!IssuingRegions.exists(regencyCode())) {
			warnings.add(NikWarning.REGENCY_UNKNOWN);
		}
		return List.copyOf(warnings);
	}

	private boolean inDistrict(String regionCode) {
		return regionCode.equals(districtCode()) || regionCode.startsWith(districtCode() + ".");
	}

	@Override
	public String toString() {
		return masked();
	}
}
