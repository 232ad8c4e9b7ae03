package id.desasadar.followup;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.account.AccountPrincipal;
import id.desasadar.account.Viewer;
import id.desasadar.enrollment.Coverage;
import id.desasadar.region.RegionCode;
import id.desasadar.support.TableFormat;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.jayway.jsonpath.JsonPath;

/**
 * The follow-up list on the real database. Its workers live in Desa Limbangan, Kecamatan Karanganyar
 * (33.26.07.2002), where the demo data has nobody, and one in Desa Kedungjaran for the village head's list;
 * assertions look only at the workers made here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpIntegrationTest {

	static final String LIMBANGAN = "33.26.07.2002";
	static final String KEDUNGJARAN = "33.26.10.2013";
	static final LocalDate BORN = LocalDate.of(1981, 6, 9);
	static final String FORMULA_NAME = "=HYPERLINK(\"https://contoh.test\",\"klik\") Tindak Lanjut";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Coverage coverage;

	@Autowired
	FollowUpList list;

	LocalDate today;
	long lapsed;
	long formula;
	long arrears;
	long paidUp;
	long pending;
	long kedungjaran;

	@BeforeAll
	void makeWorkersWithTheirPayments() throws Exception {
		today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		YearMonth month = YearMonth.from(today);
		// Enrolled at the 2019 festival, paid a year ahead, then nothing: lapsed long ago, and without a phone.
		lapsed = worker("Darto Tindak Lanjut Contoh", LIMBANGAN, null);
		enrollAndPay(lapsed, LocalDate.of(2019, 8, 21), 12);
		// Paid its first month only, 3 and 2 months ago: in arrears whether today is before the due day or after.
		formula = worker(jsonEscaped(FORMULA_NAME), LIMBANGAN, "0813-2222-3333");
		enrollAndPay(formula, month.minusMonths(3).atDay(1), 1);
		arrears = worker("Siti Tindak Lanjut Contoh", LIMBANGAN, "0812-1111-2222");
		enrollAndPay(arrears, month.minusMonths(2).atDay(1), 1);
		paidUp = worker("Lunas Tindak Lanjut Contoh", LIMBANGAN, "0812-1111-4444");
		enrollAndPay(paidUp, month.atDay(1), 1);
		pending = worker("Belum Bayar Tindak Lanjut Contoh", LIMBANGAN, "0812-1111-5555");
		enroll(pending, today);
		kedungjaran = worker("Warga Kedungjaran Tindak Lanjut Contoh", KEDUNGJARAN, "0812-1111-6666");
		enrollAndPay(kedungjaran, month.minusMonths(2).atDay(1), 1);
	}

	static String jsonEscaped(String text) {
		return text.replace("\"", "\\\"");
	}

	long worker(String name, String village, String phone) throws Exception {
		String json = workerJson(freshNik("33.26.07", BORN, false), name, village, "RESIDENT", BORN)
			.replace("\"0812-3456-7890\"", phone == null ? "null" : "\"" + phone + "\"");
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	String enroll(long worker, LocalDate on) throws Exception {
		return mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "%s"}""".formatted(on), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	/** Pays the first months at what they cost (the 2019 rate, or today's with its discounts). */
	void enrollAndPay(long worker, LocalDate on, int months) throws Exception {
		String enrollment = enroll(worker, on);
		long monthly = ((Number) JsonPath.read(enrollment, "$.monthlyContribution")).longValue();
		mvc.perform(Api.post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": %d, "amount": %d}""".formatted(on, months, months * monthly), idOf(enrollment)))
			.andExpect(status().isCreated());
	}

	/** Every entry of the list, page after page, as maps of the JSON. */
	List<Map<String, Object>> everyEntry(String user, String query) throws Exception {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int page = 0;; page++) {
			String json = mvc.perform(Api.get(user, "/api/v1/follow-up?size=200&page=" + page + query))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			entries.addAll(JsonPath.read(json, "$.content"));
			if (page + 1 >= ((Number) JsonPath.read(json, "$.page.totalPages")).intValue()) {
				return entries;
			}
		}
	}

	List<String> ours(List<Map<String, Object>> entries) {
		List<Long> mine = List.of(lapsed, formula, arrears, paidUp, pending, kedungjaran);
		return entries.stream().filter(e -> mine.contains(((Number) e.get("workerId")).longValue()))
			.map(e -> "%s|%s|%s|%s|%s|%s|%s".formatted(e.get("workerId"), e.get("villageName"), e.get("phone"),
					e.get("status"), e.get("monthsUnpaid"), e.get("paidThrough"), e.get("nikMasked")))
			.toList();
	}

	String row(long worker, String village, String phone, String status, YearMonth paidThrough, boolean masked) {
		return "%d|%s|%s|%s|%d|%s|%s".formatted(worker, village, phone, status,
				coverage.monthsUnpaid(paidThrough, today), paidThrough, masked);
	}

	YearMonth monthsAgo(int months) {
		return YearMonth.from(today).minusMonths(months);
	}

	@Test
	void listsArrearsAndLapsedByVillageTheLongestUnpaidFirstWithTheMonthsCoverageCounts() throws Exception {
		assertThat(ours(everyEntry("staff", "&regionCode=" + LIMBANGAN))).containsExactly(
				row(lapsed, "Limbangan", null, "LAPSED", YearMonth.of(2020, 7), false),
				row(formula, "Limbangan", "+6281322223333", "ARREARS", monthsAgo(3), false),
				row(arrears, "Limbangan", "+6281211112222", "ARREARS", monthsAgo(2), false));
	}

	@Test
	void filtersByStatusAndTakesAnyLevelOfRegion() throws Exception {
		assertThat(ours(everyEntry("manager", "&regionCode=33.26.07&status=lapsed"))).containsExactly(
				row(lapsed, "Limbangan", null, "LAPSED", YearMonth.of(2020, 7), true));
		assertThat(ours(everyEntry("admin", "&regionCode=33&status=ARREARS"))).containsExactly(
				row(formula, "Limbangan", "+6281322223333", "ARREARS", monthsAgo(3), false),
				row(arrears, "Limbangan", "+6281211112222", "ARREARS", monthsAgo(2), false),
				row(kedungjaran, "Kedungjaran", "+6281211116666", "ARREARS", monthsAgo(2), false));
	}

	@Test
	void answersThePagedShapeAndMasksTheNikForAManager() throws Exception {
		mvc.perform(Api.get("manager", "/api/v1/follow-up?regionCode={code}&size=2", LIMBANGAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].nik").value(containsString("********")))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0));
	}

	@Test
	void refusesAnUnknownStatusNamingTheField() throws Exception {
		mvc.perform(Api.get("staff", "/api/v1/follow-up?regionCode={code}&status=ACTIVE", LIMBANGAN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void keepsAVillageHeadToTheirOwnVillage() throws Exception {
		mvc.perform(Api.get("kades.kedungjaran", "/api/v1/follow-up?regionCode=33.26.12.2008"))
			.andExpect(status().isNotFound());
		mvc.perform(Api.get("kades.kedungjaran", "/api/v1/follow-up?regionCode=" + LIMBANGAN))
			.andExpect(status().isNotFound());
		List<Map<String, Object>> own = everyEntry("kades.kedungjaran", "");
		assertThat(own).extracting(e -> e.get("villageCode")).containsOnly(KEDUNGJARAN);
		assertThat(ours(own)).containsExactly(
				row(kedungjaran, "Kedungjaran", "+6281211116666", "ARREARS", monthsAgo(2), true));
		mvc.perform(Api.get("kades.wonopringgo", "/api/v1/follow-up?regionCode=33.26.12.2008"))
			.andExpect(status().isOk());
	}

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	void showsAWhatsAppLinkWithAnIndonesianReminderAndNoNumberWhereThereIsNone() throws Exception {
		String html = mvc.perform(pages().get("staff", "/follow-up").param("region", LIMBANGAN).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact via WhatsApp")))
			// issue #18: those about to fall behind are one tap away, reminded before rather than after
			.andExpect(content().string(containsString("href=\"/reminders?region=" + LIMBANGAN + "\"")))
			.andReturn().getResponse().getContentAsString();
		String arrearsRow = html.substring(html.indexOf("id=\"followup-" + arrears + "\""));
		Matcher link = Pattern.compile("href=\"(https://wa\\.me/(\\d+)\\?text=([^\"]+))\" rel=\"noopener\" target=\"_blank\"")
			.matcher(arrearsRow);
		assertThat(link.find()).isTrue();
		assertThat(link.group(2)).isEqualTo("6281211112222");
		assertThat(URLDecoder.decode(link.group(3), StandardCharsets.UTF_8)).isEqualTo(
				"Halo Bapak/Ibu Siti Tindak Lanjut Contoh. Kami dari BPJS Ketenagakerjaan mengingatkan bahwa iuran "
						+ "BPJS Ketenagakerjaan Anda belum dibayar selama " + coverage.monthsUnpaid(monthsAgo(2), today)
						+ " bulan. Mohon segera dibayar agar perlindungan kecelakaan kerja dan kematian tetap berlaku. "
						+ "Terima kasih.");
		String lapsedRow = html.substring(html.indexOf("id=\"followup-" + lapsed + "\""));
		assertThat(lapsedRow.substring(0, lapsedRow.indexOf("</tr>"))).contains("no number").doesNotContain("wa.me");
		assertThat(html).doesNotContain("id=\"followup-" + paidUp + "\"").doesNotContain("id=\"followup-" + pending + "\"");
	}

	@Test
	void showsThePageInIndonesianWithMaskedNiksToAVillageHeadAndHidesOtherVillages() throws Exception {
		mvc.perform(pages().get("kades.kedungjaran", "/follow-up"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hubungi via WhatsApp")))
			.andExpect(content().string(containsString("id=\"followup-" + kedungjaran + "\"")))
			.andExpect(content().string(not(containsString("Limbangan"))))
			.andExpect(content().string(not(containsString("wa.me/6281211112222"))));
		String html = mvc.perform(pages().get("kades.kedungjaran", "/follow-up")).andReturn().getResponse()
			.getContentAsString();
		String row = html.substring(html.indexOf("id=\"followup-" + kedungjaran + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).containsPattern(">3326\\*{12}<")
			.contains("wa.me/6281211116666");
		mvc.perform(pages().get("kades.kedungjaran", "/follow-up").param("region", "33.26.12.2008"))
			.andExpect(status().isNotFound());
		mvc.perform(pages().get("staff", "/follow-up").param("region", LIMBANGAN))
			.andExpect(content().string(containsString("tidak ada nomor")));
	}

	@Test
	void exportsCsvWithBomHeaderAndFormulasEscaped() throws Exception {
		String csv = mvc.perform(Api.get("staff", "/api/v1/follow-up.csv?regionCode=" + LIMBANGAN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"tindak-lanjut-" + LIMBANGAN + "-" + today + ".csv\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFworkerId,name,nik,villageCode,villageName,phone,status,monthsUnpaid,paidThrough\r\n");
		String formulaLine = csv.lines().filter(line -> line.startsWith(formula + ",")).findFirst().orElseThrow();
		assertThat(formulaLine).startsWith(formula + ",\"'=HYPERLINK(\"\"https://contoh.test\"\",\"\"klik\"\") Tindak Lanjut\",")
			.contains("," + LIMBANGAN + ",Limbangan,'+6281322223333,ARREARS,"
					+ coverage.monthsUnpaid(monthsAgo(3), today) + "," + monthsAgo(3));
		assertThat(csv).contains("\r\n" + lapsed + ",Darto Tindak Lanjut Contoh,")
			.doesNotContain("\r\n" + paidUp + ",").doesNotContain("\r\n" + pending + ",");
	}

	@Test
	void exportsXlsxWithTheSameRowsTextNeverAFormula() throws Exception {
		byte[] xlsx = mvc.perform(Api.get("staff", "/api/v1/follow-up.xlsx?regionCode=" + LIMBANGAN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TableFormat.XLSX.mediaType()))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"tindak-lanjut-" + LIMBANGAN + "-" + today + ".xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Tindak lanjut");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("workerId");
			Row formulaRow = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == formula) {
					formulaRow = row;
				}
			}
			assertThat(formulaRow).isNotNull();
			assertThat(formulaRow.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(formulaRow.getCell(1).getStringCellValue()).startsWith("=HYPERLINK(");
			assertThat(formulaRow.getCell(7).getNumericCellValue()).isEqualTo(coverage.monthsUnpaid(monthsAgo(3), today));
		}
		mvc.perform(Api.get("staff", "/api/v1/follow-up.json?regionCode=" + LIMBANGAN)).andExpect(status().isNotFound());
	}

	@Test
	void streamsInsideAReadOnlyTransactionSoThatPostgresUsesACursor() {
		List<Boolean> readOnly = new ArrayList<>();
		list.forEach(new RegionCode(LIMBANGAN), FollowUpStatus.LAPSED, viewer("staff"), entry -> readOnly.add(
				TransactionSynchronizationManager.isActualTransactionActive()
						&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
		assertThat(readOnly).isNotEmpty().containsOnly(true);
	}

	Viewer viewer(String username) {
		return ((AccountPrincipal) accounts.loadUserByUsername(username)).viewer();
	}

	@Test
	void linksTheVillagePageToItsList() throws Exception {
		mvc.perform(pages().get("kades.kedungjaran", "/villages/{code}", KEDUNGJARAN))
			.andExpect(content().string(containsString("href=\"/follow-up?region=" + KEDUNGJARAN + "\"")));
	}

	@Test
	void exportsFromThePageWithinScopeOnly() throws Exception {
		String csv = mvc.perform(pages().get("kades.kedungjaran", "/follow-up.csv").param("status", "ARREARS"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("tindak-lanjut-" + KEDUNGJARAN + "-arrears-")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\n" + kedungjaran + ",Warga Kedungjaran Tindak Lanjut Contoh,3326********")
			.doesNotContain("Limbangan");
		mvc.perform(pages().get("kades.kedungjaran", "/follow-up.csv").param("region", LIMBANGAN))
			.andExpect(status().isNotFound());
		mvc.perform(Api.get("kades.kedungjaran", "/api/v1/follow-up.csv?regionCode=33.26.12.2008"))
			.andExpect(status().isNotFound());
	}
}
