package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.imports.Imports.csv;
import static id.desasadar.imports.Imports.row;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #5, Hostile files: each gets a clear message naming the file, and nothing is half-done (no job, no
 * worker); the odd but honest ones (a byte order mark, semicolons, quoted line breaks, a formula) import.
 */
@IntegrationTest
class HostileFilesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** Uploads a file that must be refused: 4xx naming the field {@code file}; no job and no worker of it. */
	String refused(String fileName, byte[] content, int status, String nik) throws Exception {
		long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
		MockHttpServletResponse response = mvc.perform(Imports.upload("staff", "workers", fileName, content)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);
		if (nik != null) {
			assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Integer.class, nik)).isZero();
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	String message(String problem) {
		return JsonPath.read(problem, "$.errors[0].message");
	}

	@Test
	void aFileNotInUtf8IsRefusedWithTheWayToSaveIt() throws Exception {
		String nik = freshWorkerNik();
		String problem = refused("daftar.csv", csv(List.of(row(nik, "Désa Ümlaut"))).getBytes(StandardCharsets.ISO_8859_1), 400, nik);
		assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("file");
		assertThat(message(problem)).contains("UTF-8");
	}

	@Test
	void aByteOrderMarkSemicolonsAndQuotedLineBreaksImport() throws Exception {
		String nik = freshWorkerNik();
		String bad = freshWorkerNik();
		String file = "\uFEFFnik;nama;tanggal lahir;jenis kelamin;kode desa;alamat;segmen;sektor;penghasilan bulanan;persetujuan\r\n"
				+ nik + ";\"Sari; Penjual\";12/03/1985;P;33.26.12.2008;\"RT 01\r\nRW 02\";BPU;TRADE;Rp 1.500.000;ya\r\n"
				+ bad + ";Salah Baris;12/03/1985;P;33.26.12.2008;;BPU;TRADE;banyak;ya\r\n";
		String json = new Imports(mvc).imported("staff", "workers", "daftar.csv", utf8(file));
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("monthlyIncome");
		assertThat((List<Integer>) JsonPath.read(json, "$.errors[*].line")).containsExactly(4);
		var worker = jdbc.queryForMap("select name, address, monthly_income, sex, birth_date from worker where nik = ?", nik);
		assertThat(worker.get("name")).isEqualTo("Sari; Penjual");
		assertThat(worker.get("address")).isEqualTo("RT 01\r\nRW 02".replace("\r", ""));
		assertThat(worker.get("monthly_income")).isEqualTo(1_500_000L);
		assertThat(worker.get("sex")).isEqualTo("FEMALE");
	}

	@Test
	void aFormulaIsStoredAsTextAndEscapedOnExport() throws Exception {
		String nik = freshWorkerNik();
		String formula = "=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")";
		String json = new Imports(mvc).imported("staff", "workers", "daftar.csv",
				utf8(csv(List.of(row(nik, "\"" + formula + "\"")))));
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, nik))
			.isEqualTo("=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
		String export = mvc.perform(Api.get("staff", "/api/v1/workers/export.csv?villageCode=33.26.12.2008"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\"").doesNotContain(",=HYPERLINK");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithProblemJson() throws Exception {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		String problem = refused("besar.csv", big, 413, null);
		assertThat((String) JsonPath.read(problem, "$.code")).isEqualTo("too-large");
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(message(refused("daftar.csv", png, 400, null))).contains("CSV");
		String nik = freshWorkerNik();
		assertThat(message(refused("daftar.xlsx", utf8(csv(List.of(row(nik, "Teks")))), 400, nik))).contains(".csv");
		assertThat(message(refused("daftar.csv", xlsx(nik), 400, nik))).contains(".xlsx");
		assertThat(message(refused("daftar.png", utf8(csv(List.of(row(nik, "Teks")))), 400, nik))).contains("CSV");
	}

	@Test
	void anXlsxImportsThroughTheStreamingReader() throws Exception {
		String nik = freshWorkerNik();
		String json = new Imports(mvc).imported("staff", "workers", "daftar.xlsx", xlsx(nik));
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(1);
		assertThat(jdbc.queryForObject("select birth_date::text from worker where nik = ?", String.class, nik)).isEqualTo("1985-03-12");
	}

	@Test
	void anXlsxZipBombIsRefused() throws Exception {
		String nik = freshWorkerNik();
		String problem = refused("bom.xlsx", bomb(xlsx(nik)), 400, nik);
		assertThat((String) JsonPath.read(problem, "$.errors[0].message")).containsIgnoringCase("zip");
	}

	@Test
	void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
		String nik = freshWorkerNik();
		String problem = refused("daftar.csv", utf8(csv(List.of(row(freshWorkerNik(), "Baik"), row(nik, "\"Tanpa Tutup")))), 400, nik);
		assertThat(message(problem)).contains("3");
	}

	@Test
	void unknownAndMissingColumnsAreNamed() throws Exception {
		assertThat(message(refused("daftar.csv", utf8("nik,nama,warna kesukaan\n1,2,3\n"), 400, null)))
			.contains("warna kesukaan");
		assertThat(message(refused("daftar.csv", utf8("nik,nama\n1,2\n"), 400, null))).contains("tanggal lahir", "kode desa");
	}

	/** A one-row sign-up sheet as an XLSX, the birth date a real date cell, written by support's own writer. */
	static byte[] xlsx(String nik) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter sheet = TableWriter.open(TableFormat.XLSX, out, "Peserta");
		sheet.row(Arrays.asList(Imports.HEADER.split(",")));
		sheet.row(nik, "Xlsx Contoh", java.time.LocalDate.of(1985, 3, 12), "L", "0812-3456-7890", "33.26.12.2008", "BPU",
				"TRADE", 1_000_000L, "ya");
		sheet.finish();
		return out.toByteArray();
	}

	/** The same workbook with 200 MB of blanks in its sheet, which deflate to almost nothing. */
	static byte[] bomb(byte[] xlsx) throws Exception {
		java.nio.file.Path original = java.nio.file.Files.createTempFile("bomb-", ".xlsx");
		java.nio.file.Files.write(original, xlsx);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(original.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] data = in.getInputStream(entry).readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(data, StandardCharsets.UTF_8);
					int afterDeclaration = xml.indexOf("?>") + 2;
					zip.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = new byte[1 << 20];
					Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 200; i++) {
						zip.write(blanks);
					}
					zip.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
				}
				else {
					zip.write(data);
				}
				zip.closeEntry();
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(original);
		}
		return out.toByteArray();
	}
}
