package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static id.desasadar.imports.Imports.csv;
import static id.desasadar.imports.Imports.row;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** api.md, Bulk import: sign-up sheets through {@code POST /api/v1/imports/workers}, against the real database. */
@IntegrationTest
class WorkerImportIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Imports imports() {
		return new Imports(mvc);
	}

	@Test
	void keepsTheGoodRowsAndNamesEachBadOneByLineFieldAndReason() throws Exception {
		String first = freshWorkerNik();
		String second = freshWorkerNik();
		String json = imports().imported("staff", "workers", "daftar.csv", utf8(csv(List.of(
				row(first, "Impor Satu"),
				row("12345", "Impor NIK Pendek"),
				row(second, "Impor Dua").replace("BPU,TRADE", "BPU,MINING"),
				row(freshWorkerNik(), "").replace(",ya", ",tidak")))));
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(json, "$.totalRows")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(json, "$.processedRows")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(3);
		List<Map<String, Object>> errors = JsonPath.read(json, "$.errors");
		assertThat(errors).extracting(e -> e.get("line") + " " + e.get("field"))
			.containsExactly("3 nik", "4 sector", "5 name", "5 consent");
		// Issue #19: in the users' words, the labels of the reader's language, not the API's codes.
		assertThat(errors.get(1).get("message").toString()).contains("“MINING”", "Pertanian, Perikanan, Perdagangan")
			.doesNotContain("AGRICULTURE");
		assertThat(jdbc.queryForObject("select count(*) from worker where nik in (?, ?)", Integer.class, first, second))
			.isEqualTo(1);
	}

	@Test
	void readsANikWrittenWithSeparatorsAndRejectsAnImpossibleBirthDate() throws Exception {
		// domain.md, Identity data: separators stripped before checking; 30 February is a malformed NIK.
		String spaced = freshWorkerNik();
		String json = imports().imported("staff", "workers", "daftar.csv", utf8(csv(List.of(
				row(spaced.substring(0, 6) + " " + spaced.substring(6, 12) + " " + spaced.substring(12), "Impor Spasi"),
				row("3326123002850001", "Impor Tanggal Mustahil")))));
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("nik");
		assertThat((String) JsonPath.read(json, "$.errors[0].message")).contains("bukan tanggal yang ada");
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, spaced)).isEqualTo("Impor Spasi");
	}

	@Test
	void writesTheRowErrorsInTheCallersLanguage() throws Exception {
		long id = imports().start("staff", "workers", "daftar.csv", utf8(csv(List.of(row("12345", "Impor Bahasa")))));
		String indonesian = imports().finished("staff", id);
		String english = mvc.perform(Api.get("staff", "/api/v1/imports/{id}?lang=en", id))
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(indonesian, "$.errors[0].message"))
			.isNotEqualTo(JsonPath.read(english, "$.errors[0].message"));
	}

	@Test
	void countsARegisteredNikAsADuplicateAndTheSameNikTwiceInAFileAsAnError() throws Exception {
		String registered = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/workers", workerJson(registered, "Sudah Terdaftar"))).andExpect(status().isCreated());
		String twice = freshWorkerNik();
		String json = imports().imported("staff", "workers", "daftar.csv", utf8(csv(List.of(
				row(registered, "Sudah Terdaftar"), row(twice, "Dua Kali"), row(twice, "Dua Kali Lagi")))));
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.duplicates")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(1);
		assertThat((List<Object>) JsonPath.read(json, "$.errors[?(@.line == 4 && @.field == 'nik')]")).hasSize(1);
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, twice)).isEqualTo("Dua Kali");
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, registered))
			.isEqualTo("Sudah Terdaftar");
	}

	@Test
	void importingTheSameFileAgainCreatesNothing() throws Exception {
		byte[] file = utf8(csv(List.of(row(freshWorkerNik(), "Ulang Satu"), row(freshWorkerNik(), "Ulang Dua"))));
		String first = imports().imported("staff", "workers", "daftar.csv", file);
		long workersBefore = jdbc.queryForObject("select count(*) from worker", Long.class);
		String again = imports().imported("staff", "workers", "daftar.csv", file);
		assertThat((Integer) JsonPath.read(first, "$.created")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(again, "$.created")).isZero();
		assertThat((Integer) JsonPath.read(again, "$.duplicates")).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from worker where name like 'Ulang %'", Long.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from worker", Long.class)).isEqualTo(workersBefore);
		// The village's count of workers (V5, per statement since V7_1) followed the batch insert.
		assertThat(jdbc.queryForObject("select workers from village_workers where village_code = '33.26.12.2008'", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from worker where village_code = '33.26.12.2008'", Long.class));
	}

	@Test
	void enrollsARowWithProgramsUnderTheSameRules() throws Exception {
		String enrolled = freshWorkerNik();
		String refused = freshWorkerNik();
		String header = Imports.HEADER + ",program,pembayar";
		String json = imports().imported("staff", "workers", "daftar.csv", utf8(header + "\n"
				+ row(enrolled, "Program Satu") + ",JKK;JKM;JHT,SELF\n"
				+ row(refused, "Program JP") + ",JKK;JKM;JP,SELF\n"));
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("programs");
		assertThat(jdbc.queryForList("""
				select p.program from enrollment_program p join enrollment e on e.id = p.enrollment_id
				join worker w on w.id = e.worker_id where w.nik = ? order by p.program""", String.class, enrolled))
			.containsExactly("JHT", "JKK", "JKM");
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Integer.class, refused)).isZero();
	}

	@Test
	@org.junit.jupiter.api.DisplayName("issue #19 item 3: choice columns take the form's labels of either language and the codes; # rows are notes")
	void acceptsTheLabelsOfEitherLanguageAndTheCodesInEveryChoiceColumn() throws Exception {
		String indonesian = freshWorkerNik();
		String english = freshWorkerNik();
		String codes = freshWorkerNik();
		String header = "nik,nama,tanggal lahir,jenis kelamin,kode desa,segmen,sektor,penghasilan bulanan,peran di desa,"
				+ "persetujuan,program,pembayar";
		String json = imports().imported("staff", "workers", "label.csv", utf8(header + "\n"
				+ "# petunjuk: baris ini dilewati,,,,,,,,,,,\n"
				+ indonesian + ",Label Indonesia Contoh,1985-03-12,Perempuan,33.26.12.2008,BPU (bukan penerima upah),"
				+ "Perdagangan,1000000,Perangkat desa,ya,Jaminan Kecelakaan Kerja; Jaminan Kematian,Peserta sendiri\n"
				+ english + ",English Label Contoh,1985-03-12,male,33.26.12.2008,BPU,trade,1000000,resident,yes,JKK JKM,SELF\n"
				+ codes + ",Kode Contoh,1985-03-12,L,33.26.12.2008,BPU,AGRICULTURE,1000000,RT_RW_HEAD,ya,JKK;JKM,SELF\n"));
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].message")).isEmpty();
		assertThat((Integer) JsonPath.read(json, "$.created")).isEqualTo(3);
		assertThat(jdbc.queryForMap("select sex, sector, village_role from worker where nik = ?", indonesian))
			.containsEntry("sex", "FEMALE").containsEntry("sector", "TRADE").containsEntry("village_role", "OFFICIAL");
		assertThat(jdbc.queryForMap("select sex, sector, village_role from worker where nik = ?", english))
			.containsEntry("sex", "MALE").containsEntry("sector", "TRADE").containsEntry("village_role", "RESIDENT");
		assertThat(jdbc.queryForMap("select sector, village_role from worker where nik = ?", codes))
			.containsEntry("sector", "AGRICULTURE").containsEntry("village_role", "RT_RW_HEAD");
		assertThat(jdbc.queryForList("""
				select p.program from enrollment_program p join enrollment e on e.id = p.enrollment_id
				join worker w on w.id = e.worker_id where w.nik = ? order by p.program""", String.class, indonesian))
			.containsExactly("JKK", "JKM");
	}

	@Test
	void rejectsRowsOfVillagesOutsideTheUploadersScope() throws Exception {
		String outside = freshWorkerNik();
		String json = imports().imported("staff", "workers", "daftar.csv",
				utf8(csv(List.of(row(outside, "Di Luar Wilayah").replace("33.26.12.2008", "33.74.01.1001")))));
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("villageCode");
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Integer.class, outside)).isZero();
	}

	@Test
	void onlyStaffAndAdministratorsImportAndOnlyTheUploaderAndAdministratorsSeeTheJob() throws Exception {
		byte[] file = utf8(csv(List.of(row(freshWorkerNik(), "Hak Akses"))));
		assertThat(mvc.perform(Imports.upload("manager", "workers", "a.csv", file)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(Imports.upload("kades.wonopringgo", "workers", "a.csv", file)).andReturn().getResponse().getStatus()).isEqualTo(403);
		long id = imports().start("staff", "workers", "a.csv", file);
		imports().finished("staff", id);
		assertThat(mvc.perform(Api.get("admin", "/api/v1/imports/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(Api.get("manager", "/api/v1/imports/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theAuditTrailRecordsTheUploaderAsWhoRegisteredTheImportedWorkers() throws Exception {
		String nik = freshWorkerNik();
		imports().imported("staff", "workers", "daftar.csv", utf8(csv(List.of(row(nik, "Jejak Audit")))));
		long id = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
		assertThat(jdbc.queryForList("select actor from audit_event where record_type = 'worker' and record_id = ? and action = 'INSERT'",
				String.class, String.valueOf(id))).containsExactly("staff");
	}
}
