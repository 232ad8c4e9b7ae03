package id.desasadar.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

class NikUnitTest {

	/** A man from Kecamatan Wonopringgo born 11 August 1990. */
	private static final String MAN = "3326121108900001";
	/** A woman from the same district, born the same day: day 11 + 40. */
	private static final String WOMAN = "3326125108900001";
	private static final LocalDate BORN = LocalDate.of(1990, 8, 11);
	private static final String WONOPRINGGO = "33.26.12.2008";

	@Test
	@DisplayName("domain.md Identity data: PP KK CC is the province, regency and district of first issue")
	void readsRegionCodes() {
		Nik nik = Nik.of(MAN);

		assertThat(nik.provinceCode()).isEqualTo("33");
		assertThat(nik.regencyCode()).isEqualTo("33.26");
		assertThat(nik.districtCode()).isEqualTo("33.26.12");
	}

	@Test
	@DisplayName("domain.md Identity data: DDMMYY is the birth date")
	void readsBirthDateOfAMan() {
		Nik nik = Nik.of("3326120312050042");

		assertThat(nik.sex()).isEqualTo(Sex.MALE);
		assertThat(nik.birthDay()).isEqualTo(3);
		assertThat(nik.birthMonth()).isEqualTo(12);
		assertThat(nik.birthYearOfCentury()).isEqualTo(5);
	}

	@Test
	@DisplayName("domain.md Identity data: day + 40 for women")
	void readsBirthDayOfAWomanWithoutTheForty() {
		Nik nik = Nik.of("3326127101009999");

		assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
		assertThat(nik.birthDay()).isEqualTo(31);
		assertThat(nik.birthMonth()).isEqualTo(1);
		assertThat(nik.birthYearOfCentury()).isZero();
	}

	@Test
	@DisplayName("domain.md Personal data: show a full NIK only to those who need it")
	void masksTheMiddleEightDigits() {
		Nik nik = Nik.of(MAN);

		assertThat(nik.masked()).isEqualTo("3326************");
		assertThat(nik).hasToString("3326************");
		assertThat(nik.value()).isEqualTo(MAN);
	}

	@Test
	@DisplayName("domain.md Identity data: surrounding spaces are not part of the NIK")
	void trimsSurroundingSpaces() {
		assertThat(Nik.of("  " + MAN + "\t").value()).isEqualTo(MAN);
		assertThat(Nik.problemOf(" " + MAN + " ")).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "332612110890000", "33261211089000011", "3326 1211 0890 000", "3326-21108900001" })
	@DisplayName("domain.md Identity data: reject a malformed NIK (length)")
	void rejectsWrongLength(String raw) {
		assertThat(Nik.problemOf(raw)).contains(NikProblem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "33261211089O0001", "3326_21108900001", "+326121108900001", "３３26121108900001",
			"332612110890000١", "332612110890000/" })
	@DisplayName("domain.md Identity data: reject a malformed NIK (digits only)")
	void rejectsAnythingButDigits(String raw) {
		assertThat(Nik.problemOf(raw)).contains(NikProblem.DIGITS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326121100900001", "3326121113900001", "3326121199900001" })
	@DisplayName("domain.md Identity data: reject a malformed NIK (month 01-12)")
	void rejectsMonthOutsideOneToTwelve(String raw) {
		assertThat(Nik.problemOf(raw)).contains(NikProblem.MONTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326120008900001", "3326123208900001", "3326124008900001", "3326127208900001",
			"3326129908900001" })
	@DisplayName("domain.md Identity data: reject a malformed NIK (day 01-31 or 41-71)")
	void rejectsDayOutsideBothRanges(String raw) {
		assertThat(Nik.problemOf(raw)).contains(NikProblem.DAY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326120108900001", "3326123108900001", "3326124108900001", "3326127108900001" })
	@DisplayName("domain.md Identity data: days 01, 31, 41 and 71 are the edges that are accepted")
	void acceptsDayAtTheEdgesOfBothRanges(String raw) {
		assertThat(Nik.problemOf(raw)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326 1211 0890 0001", "33.26.12.110890.0001", "3326-1211-0890-0001", "3326\u00A01211\u00A00890\u00A00001",
			" 33 26 12 11 08 90 0001 ", "3326.1211.0890.0001" })
	@DisplayName("domain.md Identity data: typed from the KTP, spaces, dots or dashes between groups are stripped before checking")
	void stripsSeparatorsBetweenGroups(String typed) {
		assertThat(Nik.problemOf(typed)).isEmpty();
		assertThat(Nik.of(typed).value()).isEqualTo(MAN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326123102900001", "3326127102900001", "3326123002900001", "3326122902890001",
			"3326126902890001", "3326123104900001", "3326127104900001", "3326123106900001", "3326123109900001",
			"3326123111900001", "3326 1231 0290 0001" })
	@DisplayName("domain.md Identity data: an impossible calendar date (31 February, 29 February outside leap years, 31 April), also after the day + 40 of women, is malformed")
	void rejectsImpossibleCalendarDates(String raw) {
		assertThat(Nik.problemOf(raw)).contains(NikProblem.DATE);
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> Nik.of(raw)).problems())
				.extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(tuple("nik", "worker.nik.date"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "3326122902880001", "3326126902880001", "3326122902000001", "3326122902960001",
			"3326122802890001", "3326123101900001", "3326123003900001", "3326127112900001" })
	@DisplayName("domain.md Identity data: 29 February of a leap year (00 is 2000), 28 February, 31 January, 30 March and 31 December exist")
	void acceptsRealCalendarDates(String raw) {
		assertThat(Nik.problemOf(raw)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Identity data: a NIK stored before the calendar check (31 February) is still read back")
	void readsBackAStoredNikWithAnImpossibleDate() {
		assertThat(new Nik("3326123102900001").birthDay()).isEqualTo(31);
	}

	@Test
	@DisplayName("domain.md Identity data: a province missing from the official list is a warning, not an error")
	void warnsOfAProvinceMissingFromTheOfficialList() {
		Nik nik = Nik.of("9926121108900001");

		assertThat(nik.warningsAgainst(null, null, null)).containsExactly(NikWarning.PROVINCE_UNKNOWN);
	}

	@Test
	@DisplayName("domain.md Identity data: a regency missing from the official list is a warning, not an error")
	void warnsOfARegencyMissingFromTheOfficialList() {
		assertThat(Nik.of("3399121108900001").warningsAgainst(null, null, null)).containsExactly(NikWarning.REGENCY_UNKNOWN);
		assertThat(Nik.of("3399121108900001").warningsAgainst(BORN, Sex.MALE, WONOPRINGGO))
				.containsExactly(NikWarning.REGION_DIFFERS, NikWarning.REGENCY_UNKNOWN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3578011108900001", "1101011108900001", "9171011108900001", "3326121108900001" })
	@DisplayName("domain.md Regions: the official list is all of Indonesia (Kota Surabaya 35.78, Aceh Selatan 11.01, Kota Jayapura 91.71), whatever the database loaded")
	void knowsTheRegenciesOfAllIndonesia(String raw) {
		assertThat(Nik.of(raw).warningsAgainst(null, null, null)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Identity data: serial 0001-9999, reject serial 0000")
	void rejectsSerialZero() {
		assertThat(Nik.problemOf("3326121108900000")).contains(NikProblem.SERIAL);
		assertThat(Nik.problemOf("3326121108909999")).isEmpty();
	}

	@Test
	@DisplayName("domain.md Identity data: checks run in the order length, digits, month, day, calendar date, serial")
	void reportsTheFirstProblemOnly() {
		assertThat(Nik.problemOf("33261200009X000")).contains(NikProblem.LENGTH);
		assertThat(Nik.problemOf("332612000090000X")).contains(NikProblem.DIGITS);
		assertThat(Nik.problemOf("3326120000900000")).contains(NikProblem.MONTH);
		assertThat(Nik.problemOf("3326120001900000")).contains(NikProblem.DAY);
		assertThat(Nik.problemOf("3326123102900000")).contains(NikProblem.DATE);
	}

	@Test
	@DisplayName("api.md Errors: a malformed NIK is a 400 naming the field nik")
	void ofThrowsInvalidInputNamingTheField() {
		InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
				() -> Nik.of("3326121113900001"));

		assertThat(thrown.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(tuple("nik", "worker.nik.month"));
	}

	@Test
	@DisplayName("domain.md Identity data: a Nik that exists is well formed, untrimmed text included")
	void constructorRejectsMalformedValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Nik("3326121108900000"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Nik(" " + MAN));
		assertThatIllegalArgumentException().isThrownBy(() -> new Nik(null));
	}

	@Test
	@DisplayName("domain.md Identity data: a NIK that agrees with the person gives no warning")
	void givesNoWarningWhenEverythingAgrees() {
		assertThat(Nik.of(MAN).warningsAgainst(BORN, Sex.MALE, WONOPRINGGO)).isEmpty();
		assertThat(Nik.of(WOMAN).warningsAgainst(BORN, Sex.FEMALE, WONOPRINGGO)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1990-08-12", "1990-09-11", "1991-08-11", "1980-08-11" })
	@DisplayName("domain.md Identity data: a birth date that disagrees is a warning, not an error")
	void warnsWhenDayMonthOrYearDiffers(LocalDate birthDate) {
		assertThat(Nik.of(MAN).warningsAgainst(birthDate, Sex.MALE, WONOPRINGGO))
				.containsExactly(NikWarning.BIRTH_DATE_DIFFERS);
	}

	@Test
	@DisplayName("domain.md Identity data: the NIK keeps only two digits of the year, so 2090 agrees with 90")
	void comparesOnlyTheYearOfCentury() {
		assertThat(Nik.of(MAN).warningsAgainst(LocalDate.of(2090, 8, 11), null, null)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Identity data: day + 40 for women; a woman's NIK on a man is a warning")
	void warnsWhenSexDiffers() {
		assertThat(Nik.of(WOMAN).warningsAgainst(BORN, Sex.MALE, WONOPRINGGO))
				.containsExactly(NikWarning.SEX_DIFFERS);
		assertThat(Nik.of(MAN).warningsAgainst(BORN, Sex.FEMALE, WONOPRINGGO))
				.containsExactly(NikWarning.SEX_DIFFERS);
	}

	@Test
	@DisplayName("domain.md Regions: Desa Ketanonageng 33.26.10.2001 lies in Kecamatan Sragi, not Wonopringgo")
	void warnsWhenVillageIsInAnotherDistrict() {
		assertThat(Nik.of(MAN).warningsAgainst(BORN, Sex.MALE, "33.26.10.2001"))
				.containsExactly(NikWarning.REGION_DIFFERS);
		assertThat(Nik.of(MAN).warningsAgainst(BORN, Sex.MALE, "33.26.1"))
				.containsExactly(NikWarning.REGION_DIFFERS);
		assertThat(Nik.of(MAN).warningsAgainst(BORN, Sex.MALE, "33.26.120.2008"))
				.containsExactly(NikWarning.REGION_DIFFERS);
	}

	@Test
	@DisplayName("domain.md Identity data: the NIK records the district only, so another village there agrees")
	void comparesRegionAtDistrictLevel() {
		assertThat(Nik.of(MAN).warningsAgainst(null, null, "33.26.12.2001")).isEmpty();
		assertThat(Nik.of(MAN).warningsAgainst(null, null, "33.26.12")).isEmpty();
	}

	@Test
	@DisplayName("domain.md Identity data: every disagreement is listed, in a fixed order")
	void listsEveryWarning() {
		assertThat(Nik.of(WOMAN).warningsAgainst(LocalDate.of(1991, 8, 11), Sex.MALE, "33.26.10.2001"))
				.containsExactly(NikWarning.BIRTH_DATE_DIFFERS, NikWarning.SEX_DIFFERS, NikWarning.REGION_DIFFERS);
	}

	@Test
	@DisplayName("domain.md Identity data: what is not known gives no warning")
	void givesNoWarningForUnknowns() {
		assertThat(Nik.of(WOMAN).warningsAgainst(null, null, null)).isEmpty();
		assertThat(Nik.of(WOMAN).warningsAgainst(null, null, " ")).isEmpty();
	}

	@Test
	@DisplayName("api.md Workers: warnings carry a stable code")
	void warningsHaveStableCodes() {
		assertThat(NikWarning.values()).extracting(NikWarning::code)
				.containsExactly("nik-birth-date-differs", "nik-sex-differs", "nik-region-differs", "nik-province-unknown",
						"nik-regency-unknown");
	}

	@ParameterizedTest
	@EnumSource(NikProblem.class)
	@DisplayName("style.md: every visible string comes from messages, Bahasa Indonesia and English")
	void everyProblemHasAMessageInBothLanguages(NikProblem problem) throws IOException {
		assertThat(problem.messageKey()).startsWith("worker.nik.");
		assertHasMessage(problem.messageKey());
	}

	@ParameterizedTest
	@EnumSource(NikWarning.class)
	@DisplayName("style.md: every visible string comes from messages, Bahasa Indonesia and English")
	void everyWarningHasAMessageInBothLanguages(NikWarning warning) throws IOException {
		assertHasMessage(warning.messageKey());
	}

	static void assertHasMessage(String key) throws IOException {
		for (String file : new String[] { "worker.properties", "worker_en.properties" }) {
			Properties messages = new Properties();
			try (var in = NikUnitTest.class.getResourceAsStream("/i18n/" + file)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank();
		}
	}
}
