package id.desasadar.village;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.account.AccountPrincipal;
import id.desasadar.account.Viewer;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.CoverageStatus;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.jayway.jsonpath.JsonPath;

/**
 * The village head's dashboard, the village report (PDF) and the workers' download. The workers live in Desa
 * Klesem, Kecamatan Kandangserang (33.26.01.2001), which no other test touches; a village of 3,000 enrolled
 * workers loaded set-based in Desa Depok, Kecamatan Lebakbarang (33.26.03.2003), shows the report completes
 * for a large village. Assertions look at the workers made here, or compare with a direct count.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageReportIntegrationTest {

	static final String KLESEM = "33.26.01.2001";
	static final String DEPOK = "33.26.03.2003";
	static final String KEDUNGJARAN = "33.26.10.2013";
	static final LocalDate BORN = LocalDate.of(1983, 2, 14);
	static final int LARGE_VILLAGE = 3000;
	static final Pattern FULL_NIK = Pattern.compile("\\d{16}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	@Autowired
	VillageOffice office;

	@Autowired
	ReadinessSettings settings;

	@Autowired
	VillageReportPdf reportPdf;

	LocalDate today;
	String headNik;
	long head;
	long arrears;
	long lapsed;
	long pending;
	long notEnrolled;

	Pages pages() {
		return new Pages(accounts);
	}

	@BeforeAll
	void makeTheVillages() throws Exception {
		today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		YearMonth month = YearMonth.from(today);
		headNik = freshNik("33.26.01", BORN, false);
		head = worker(headNik, "Kepala Klesem Laporan Contoh", "HEAD", "0812-7000-0001");
		enrollAndPay(head, month.atDay(1), 1);
		arrears = worker(freshNik("33.26.01", BORN, false), "Nunggak Klesem Laporan Contoh", "RESIDENT", "0812-7000-0002");
		enrollAndPay(arrears, month.minusMonths(2).atDay(1), 1);
		lapsed = worker(freshNik("33.26.01", BORN, false), "Lewat Klesem Laporan Contoh", "RESIDENT", "0812-7000-0003");
		enrollAndPay(lapsed, LocalDate.of(2019, 8, 21), 1);
		pending = worker(freshNik("33.26.01", BORN, false), "Baru Klesem Laporan Contoh", "RESIDENT", "0812-7000-0004");
		enroll(pending, today);
		notEnrolled = worker(freshNik("33.26.01", BORN, false), "Belum Klesem Laporan Contoh", "RESIDENT", "0812-7000-0005");
		String village = mvc.perform(Api.get("admin", "/api/v1/villages/{code}", KLESEM)).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(Api.put("admin", "/api/v1/villages/{code}/profile", """
				{"headName": "Kepala Klesem Laporan Contoh", "workforceEstimate": 40, "bumdesActive": false,
				 "version": %s}""".formatted(JsonPath.read(village, "$.profileVersion").toString()), KLESEM))
			.andExpect(status().isOk());
		loadLargeVillage();
	}

	long worker(String nik, String name, String role, String phone) throws Exception {
		String json = workerJson(nik, name, KLESEM, role, BORN).replace("\"0812-3456-7890\"", "\"" + phone + "\"");
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	String enroll(long worker, LocalDate on) throws Exception {
		return mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "%s"}""".formatted(on), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	void enrollAndPay(long worker, LocalDate on, int months) throws Exception {
		String enrollment = enroll(worker, on);
		long monthly = ((Number) JsonPath.read(enrollment, "$.monthlyContribution")).longValue();
		mvc.perform(Api.post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": %d, "amount": %d}""".formatted(on, months, months * monthly), idOf(enrollment)))
			.andExpect(status().isCreated());
	}

	/** 3,000 enrolled workers, set-based as a bulk import would (the triggers keep the aggregates). */
	void loadLargeVillage() {
		jdbc.update("""
				insert into worker (nik, name, birth_date, sex, village_code, segment, sector, monthly_income, village_role,
				                    consent_version, consented_at, created_at, created_by, updated_at, updated_by)
				select '332603' || lpad((i % 28 + 1)::text, 2, '0') || lpad((i / 28 % 12 + 1)::text, 2, '0') || '51'
				         || (9000 + i / 336)::text,
				       'Warga Depok Laporan ' || lpad(i::text, 4, '0'), date '1951-01-01', 'MALE', ?, 'BPU', 'TRADE',
				       1000000, 'RESIDENT', 'test', now(), now(), 'test', now(), 'test'
				from generate_series(0, ? - 1) i""", DEPOK, LARGE_VILLAGE);
		jdbc.update("""
				insert into enrollment (worker_id, enrolled_on, payer, monthly_contribution, paid_through, created_by, created_at)
				select id, current_date, 'SELF', 16800, date_trunc('month', current_date)::date, 'test', now()
				from worker where village_code = ? and name like 'Warga Depok Laporan %'""", DEPOK);
		jdbc.update("""
				insert into enrollment_program (enrollment_id, program)
				select e.id, p.program from enrollment e join worker w on w.id = e.worker_id
				cross join (values ('JKK'), ('JKM')) p(program)
				where w.village_code = ? and w.name like 'Warga Depok Laporan %'""", DEPOK);
	}

	byte[] pdf(String user, String code, String... lang) throws Exception {
		var request = pages().get(user, "/villages/{code}/report.pdf", code);
		if (lang.length > 0) {
			request.param("lang", lang[0]);
		}
		return mvc.perform(request).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String masked(String nik) {
		return nik.substring(0, 4) + "************";
	}

	@Test
	void printsTheReportWithFiguresChecklistSignatureAndEnrolledResidentsWithMaskedNiks() throws Exception {
		// Staff see full NIKs on the pages; the paper masks them whatever the role.
		String text = text(pdf("staff", KLESEM));
		assertThat(text).contains("Laporan Desa Sadar BPJS Ketenagakerjaan", "Desa Klesem", "33.26.01.2001",
				"Kandangserang (33.26.01)", "Kabupaten Pekalongan (33.26)", "Belum ditetapkan sebagai Desa Sadar.");
		assertThat(text).contains("Kepala desa terdaftar sebagai peserta", "Jumlah perangkat desa belum diisi di profil desa.",
				"Yang masih kurang untuk penetapan Desa Sadar:");
		assertThat(text).contains("Kepala Desa Klesem", "( Kepala Klesem Laporan Contoh )", "Klesem, ");
		assertThat(text).contains("Kepala Klesem Laporan Contoh", "Nunggak Klesem Laporan Contoh",
				"Lewat Klesem Laporan Contoh", "Baru Klesem Laporan Contoh", masked(headNik), "JKK, JKM", "Menunggak")
			.doesNotContain("Belum Klesem Laporan Contoh");
		assertThat(FULL_NIK.matcher(text).find()).as("a full NIK in the report").isFalse();
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		String text = text(pdf("manager", KLESEM, "en"));
		assertThat(text).contains("Desa Sadar BPJS Ketenagakerjaan village report", "Village head of Klesem",
				"Annex: residents of Klesem enrolled as participants", "Kepala Klesem Laporan Contoh")
			.doesNotContain("Dicetak pada");
	}

	@Test
	void isForTheVillageHeadOfTheVillageAndOthersWhoseScopeHoldsIt() throws Exception {
		String own = text(pdf("kades.kedungjaran", KEDUNGJARAN));
		assertThat(own).contains("Kedungjaran");
		assertThat(FULL_NIK.matcher(own).find()).isFalse();
		pdf("admin", KLESEM);
		mvc.perform(pages().get("kades.kedungjaran", "/villages/{code}/report.pdf", KLESEM)).andExpect(status().isNotFound());
		mvc.perform(pages().get("kades.wonopringgo", "/villages/{code}/report.pdf", KEDUNGJARAN))
			.andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/villages/{code}/report.pdf", "33.26.01")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/villages/{code}/report.pdf", "33.26.01.9999")).andExpect(status().isNotFound());
	}

	@Test
	void completesForAVillageOfThousandsOfEnrolledWorkers() throws Exception {
		byte[] pdf = pdf("manager", DEPOK);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(LARGE_VILLAGE / 60);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Warga Depok Laporan 0000", "Warga Depok Laporan 2999");
			assertThat(FULL_NIK.matcher(text).find()).isFalse();
		}
	}

	/**
	 * The pages leave while the residents are still read from the cursor (inside its read-only transaction),
	 * rather than once all are laid out: what keeps the memory of a large village's report flat.
	 */
	@Test
	void writesThePagesWhileTheResidentsAreRead() throws Exception {
		Viewer manager = ((AccountPrincipal) accounts.loadUserByUsername("manager")).viewer();
		VillageReport report = VillageReport.of(office.overview(DEPOK, manager), List.of(), settings.criteria(), today);
		long[] whileReading = { 0 };
		long[] total = { 0 };
		OutputStream out = new OutputStream() {

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				total[0] += length;
				if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
					whileReading[0] += length;
				}
			}
		};
		reportPdf.write(report, Locale.forLanguageTag("id"), out);
		assertThat(total[0]).isPositive();
		assertThat(whileReading[0]).as("bytes written while the residents were read").isGreaterThan(total[0] * 3 / 4);
	}

	@Test
	void showsTheVillageHeadCoverageStatusesAsAChartTableAndTheResidentsInArrears() throws Exception {
		String html = mvc.perform(pages().get("staff", "/villages/{code}", KLESEM)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"statuses\" data-chart=\"doughnut\"", "id=\"report-link\"",
				"href=\"/villages/" + KLESEM + "/report.pdf\"", "id=\"coverage-words\"", "dari perkiraan 40 pekerja",
				"href=\"/villages/" + KLESEM + "/workers.csv\"", "href=\"/villages/" + KLESEM + "/workers.xlsx\"");
		for (Map.Entry<CoverageStatus, Long> count : directCount(KLESEM).entrySet()) {
			assertThat(html).containsPattern("id=\"status-" + count.getKey() + "\">\\s*<td>[^<]+</td>\\s*"
					+ "<td class=\"text-end\" data-chart-value=\"" + count.getValue() + "\"");
		}
		assertThat(html).contains("id=\"arrears-" + arrears + "\"", "id=\"arrears-" + lapsed + "\"", "+6281270000002",
				"href=\"/follow-up?region=" + KLESEM + "\"").doesNotContain("id=\"arrears-" + pending + "\"");
		assertThat(html.indexOf("id=\"arrears-" + lapsed + "\"")).as("the longest unpaid first")
			.isLessThan(html.indexOf("id=\"arrears-" + arrears + "\""));
		assertThat(html).contains("id=\"missing\"", "id=\"missing-officials-count-unknown\"");
	}

	/** The statuses of the village's open enrollments counted one by one, as Coverage decides them by segment. */
	Map<CoverageStatus, Long> directCount(String village) {
		Map<CoverageStatus, Long> counts = new EnumMap<>(CoverageStatus.class);
		for (CoverageStatus status : new CoverageStatus[] { CoverageStatus.ACTIVE, CoverageStatus.ARREARS,
				CoverageStatus.LAPSED, CoverageStatus.PENDING }) {
			counts.put(status, 0L);
		}
		jdbc.query("""
				select e.paid_through, w.segment from enrollment e join worker w on w.id = e.worker_id
				where w.village_code = ? and e.ended_on is null""", rs -> {
			java.sql.Date paid = rs.getDate(1);
			CoverageStatus status = windows.of(Segment.valueOf(rs.getString(2))).statusOf(paid == null ? null : YearMonth.from(paid.toLocalDate()), false, today);
			counts.merge(status, 1L, Long::sum);
		}, village);
		return counts;
	}

	@Test
	void downloadsTheWorkersWithTheNikAsTheViewerMaySeeItAndNoIncome() throws Exception {
		String staff = mvc.perform(pages().get("staff", "/villages/{code}/workers.csv", KLESEM))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"warga-" + KLESEM + "-" + today + ".csv\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).startsWith("\uFEFFworkerId,name,nik,villageRole,enrollmentId,programs,status\r\n")
			.contains("\r\n" + head + ",Kepala Klesem Laporan Contoh," + headNik + ",HEAD,")
			.contains("\r\n" + notEnrolled + ",Belum Klesem Laporan Contoh,")
			.containsPattern(arrears + ",Nunggak Klesem Laporan Contoh,\\d{16},RESIDENT,\\d+,JKK JKM,ARREARS\r\n");
		String manager = mvc.perform(pages().get("manager", "/villages/{code}/workers.csv", KLESEM))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(manager).contains(masked(headNik)).doesNotContain(headNik);

		byte[] xlsx = mvc.perform(pages().get("kades.kedungjaran", "/villages/{code}/workers.xlsx", KEDUNGJARAN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Warga");
			Row columns = sheet.getRow(0);
			assertThat(columns.getLastCellNum()).isEqualTo((short) 7);
			for (Row row : sheet) {
				row.forEach(cell -> assertThat(cell.toString()).doesNotContainPattern("\\d{16}"));
			}
			assertThat(sheet.getLastRowNum()).isPositive();
		}
		mvc.perform(pages().get("kades.kedungjaran", "/villages/{code}/workers.csv", KLESEM)).andExpect(status().isNotFound());
		mvc.perform(pages().get("staff", "/villages/{code}/workers.json", KLESEM)).andExpect(status().isNotFound());
	}
}
