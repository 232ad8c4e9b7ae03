package id.desasadar.worker;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.desasadar.IntegrationTest;
import id.desasadar.account.AccountPrincipal;
import id.desasadar.account.Viewer;
import id.desasadar.support.ConflictException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import jakarta.persistence.EntityManager;

@IntegrationTest
class WorkersIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workers workers;

	@Autowired
	WorkerRegistry registry;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService accounts;

	long register(String nik, String name) throws Exception {
		String body = mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void registersAWorkerWithConsentAndAnswersCreatedWithLocation() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Slamet Contoh Registrasi")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/workers/")))
			.andExpect(jsonPath("$.nik").value(nik))
			.andExpect(jsonPath("$.phone").value("+6281234567890"))
			.andExpect(jsonPath("$.consentVersion").value("2026-11"))
			.andExpect(jsonPath("$.createdBy").value("staff"))
			.andExpect(jsonPath("$.warnings").isEmpty());
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isEqualTo(1);
	}

	@Test
	void keepsTheLongestAndShortestMobileNumbersTheRuleAllows() throws Exception {
		// domain.md: 10 to 13 digits with the leading 0; the database's check agrees with PhoneNumber.
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Telepon Panjang Contoh")
			.replace("0812-3456-7890", "0812-3456-78901")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("+62812345678901"));
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Telepon Pendek Contoh")
			.replace("0812-3456-7890", "0812-345-678")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("+62812345678"));
	}

	@Test
	void namesEveryBadFieldAndSavesNothing() throws Exception {
		String json = """
				{"nik": "33261212038500", "name": "", "birthDate": "12-03-1985", "sex": "X", "phone": "021-555",
				 "villageCode": "99.99.99.9999", "segment": "ABC", "sector": "", "monthlyIncome": -5,
				 "villageRole": "KING", "consent": false}""";
		mvc.perform(post("staff", "/api/v1/workers", json))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("nik", "name", "birthDate", "sex", "phone",
					"villageCode", "segment", "sector", "monthlyIncome", "villageRole", "consent")))
			.andExpect(jsonPath("$.errors[?(@.field == 'nik')].message").value(hasItem("NIK harus 16 angka.")));
		assertThat(jdbc.queryForObject("select count(*) from worker where nik like '33261212038500%'", Long.class)).isZero();
	}

	@Test
	void answersInEnglishWhenAsked() throws Exception {
		mvc.perform(post("staff", "/api/v1/workers?lang=en", "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Required.")));
	}

	@Test
	void rejectsADuplicateNikWithTheExistingWorker() throws Exception {
		String nik = freshWorkerNik();
		long first = register(nik, "Budi Contoh Pertama");
		mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Budi Contoh Kedua")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-nik"))
			.andExpect(jsonPath("$.existingWorkerId").value(first));
	}

	@Test
	void createsExactlyOneWorkerWhenOneNikIsSentTwentyTimesAtOnce() throws Exception {
		String nik = freshWorkerNik();
		int attempts = 20;
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			requests.add(post("staff", "/api/v1/workers", workerJson(nik, "Serentak Contoh " + i)));
		}
		List<Integer> statuses = statusesAtOnce(mvc, requests);
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isEqualTo(1);
	}

	/**
	 * Details checked a moment ago are saved only if their NIK is still free: a NIK registered in between, by
	 * another officer, is answered as taken, naming who has it (the check before the save, or the unique
	 * constraint when the two saves overlap).
	 */
	@Test
	void aNikRegisteredBetweenTheCheckAndTheSaveIsAnsweredAsTaken() throws Exception {
		String nik = freshWorkerNik();
		Viewer staff = ((AccountPrincipal) accounts.loadUserByUsername("staff")).viewer();
		WorkerDetails checked = registry.check(new WorkerRequest(nik, "Diperiksa Dulu Contoh", "1985-03-12", "MALE",
				null, "33.26.12.2008", null, "Penjual nasi goreng", "BPU", "TRADE", null, null, 1_000_000L, "RESIDENT",
				true, null), staff);
		long first = register(nik, "Didahului Contoh");

		assertThatThrownBy(() -> registry.register(checked, staff)).isInstanceOfSatisfying(ConflictException.class,
				taken -> assertThat(taken.code()).isEqualTo("duplicate-nik"))
			.extracting(taken -> ((ConflictException) taken).properties().get("existingWorkerId"))
			.isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isOne();
	}

	@Test
	void warnsWhenTheNikDisagreesWithThePersonButRegisters() throws Exception {
		// Born 1985-03-12, male, in Kecamatan Wonopringgo; this NIK says a woman born 1990-07-01 in Sragi (33.26.10).
		String nik = "3326104107900" + "0" + "01";
		String json = workerJson(nik, "Peringatan Contoh");
		mvc.perform(post("staff", "/api/v1/workers", json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[*].code", containsInAnyOrder("nik-birth-date-differs", "nik-sex-differs",
					"nik-region-differs")));
	}

	@Test
	void registersANikTypedWithSeparatorsAsItsDigitsAndKnowsItAgainWrittenOtherwise() throws Exception {
		// domain.md, Identity data: typed from the KTP with spaces or dots between groups, stripped before checking.
		String nik = freshWorkerNik();
		String spaced = nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " " + nik.substring(12);
		long id = register(spaced, "Spasi Contoh");
		assertThat(jdbc.queryForObject("select nik from worker where id = ?", String.class, id)).isEqualTo(nik);
		String dotted = nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6) + "." + nik.substring(6, 12)
				+ "-" + nik.substring(12);
		mvc.perform(post("staff", "/api/v1/workers", workerJson(dotted, "Titik Contoh")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-nik"))
			.andExpect(jsonPath("$.existingWorkerId").value((int) id));
	}

	@Test
	void refusesANikWhoseBirthDateIsNoCalendarDateNamingTheField() throws Exception {
		// domain.md, Identity data: 31 February (a woman's 71 less 40), or 29 February 1989, is a malformed NIK.
		for (String nik : List.of("3326127102850001", "3326122902890002")) {
			mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Tanggal Mustahil")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("nik"))
				.andExpect(jsonPath("$.errors[0].message").value(startsWith("Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) bukan tanggal yang ada")));
			assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isZero();
		}
	}

	@Test
	void warnsOfAProvinceOrRegencyMissingFromTheOfficialListButRegisters() throws Exception {
		// domain.md, Identity data: a warning, not an error. Province 99 and regency 33.99 do not exist.
		String noProvince = "99" + freshWorkerNik().substring(2);
		mvc.perform(post("staff", "/api/v1/workers", workerJson(noProvince, "Provinsi Contoh")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[*].code", hasItem("nik-province-unknown")));
		String noRegency = "3399" + freshWorkerNik().substring(4);
		mvc.perform(post("staff", "/api/v1/workers?lang=en", workerJson(noRegency, "Kabupaten Contoh")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[?(@.code == 'nik-regency-unknown')].message",
					hasItem(startsWith("The regency or city code in the NIK (digits 3 and 4) is not in the official"))));
		// Kota Surabaya (35.78) is in the official list although the database holds only Jawa Tengah.
		String surabaya = "357801" + freshWorkerNik().substring(6);
		String body = mvc.perform(post("staff", "/api/v1/workers", workerJson(surabaya, "Surabaya Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(body, "$.warnings[*].code")).containsExactly("nik-region-differs");
	}

	@Test
	void flagsASimilarNameWithTheSameBirthDateInTheVillageAsPossibleDuplicate() throws Exception {
		long first = register(freshWorkerNik(), "Siti Aminah Contoh");
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Siti Aminah Contoh")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[?(@.code == 'possible-duplicate')].workerId").value(hasItem((int) first)));
	}

	@Test
	void correctsAWorkerAndRefusesAStaleVersion() throws Exception {
		String nik = freshWorkerNik();
		long id = register(nik, "Koreksi Contoh");
		String corrected = workerJson(nik, "Koreksi Contoh Benar").replace("}", ", \"version\": 0}");
		mvc.perform(put("staff", "/api/v1/workers/{id}", corrected, id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Koreksi Contoh Benar"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("staff", "/api/v1/workers/{id}", corrected.replace("Benar", "Lama"), id))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(get("staff", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.name").value("Koreksi Contoh Benar"));
	}

	@Test
	void searchesByNameAndByNikWithinScope() throws Exception {
		String nik = freshNik(LocalDate.of(1985, 3, 12), false);
		long id = register(nik, "Tarmudi Pencarian Contoh");
		mvc.perform(get("staff", "/api/v1/workers?q=pencarian con&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.page.size").value(5));
		mvc.perform(get("staff", "/api/v1/workers?q=" + nik))
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("kades.kedungjaran", "/api/v1/workers?q=" + nik))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void searchesNikPrefixesAndRefusesFragmentsTooShortToSearchBy() throws Exception {
		String nik = freshNik(LocalDate.of(1979, 6, 2), false);
		long id = register(nik, "Prefiks Contoh");
		mvc.perform(get("staff", "/api/v1/workers?q=" + nik.substring(0, 12)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.capped").value(false));
		mvc.perform(get("staff", "/api/v1/workers?q=pr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void listsAWindowOfMatchesSortedAsAskedAndSaysWhenMoreMatch() throws Exception {
		for (String name : List.of("Jendela Cocok Contoh C", "Jendela Cocok Contoh A", "Jendela Cocok Contoh B")) {
			register(freshWorkerNik(), name);
		}
		Viewer staff = ((AccountPrincipal) accounts.loadUserByUsername("staff")).viewer();
		WorkerSearch narrow = new WorkerSearch(workers, entityManager, 2);
		WorkerSearch.Results capped = transactions.execute(status -> narrow.search(staff, null, "jendela cocok",
				PageRequest.of(0, 10, Sort.by("name")), "test"));
		assertThat(capped.capped()).isTrue();
		assertThat(capped.page().getTotalElements()).isEqualTo(2);
		assertThat(capped.page().getContent()).extracting(Worker::getName).isSortedAccordingTo(String::compareTo).hasSize(2);
		WorkerSearch.Results all = transactions.execute(status -> new WorkerSearch(workers, entityManager, 3)
			.search(staff, null, "jendela cocok", PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "name")), "test"));
		assertThat(all.capped()).isFalse();
		assertThat(all.page().getTotalElements()).isEqualTo(3);
		assertThat(all.page().getContent()).extracting(Worker::getName)
			.containsExactly("Jendela Cocok Contoh C", "Jendela Cocok Contoh B");
	}

	@Test
	void plansEveryStatementWithItsValues() {
		// A generic plan of the name search scans a whole region's index: docs/performance.md, worker search.
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

	@Test
	void hidesWorkersOutsideTheScopeAndMasksTheNikForVillageHeads() throws Exception {
		String nik = freshWorkerNik();
		long id = register(nik, "Lingkup Contoh");
		mvc.perform(get("kades.kedungjaran", "/api/v1/workers/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("kades.wonopringgo", "/api/v1/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nik").value(nik.substring(0, 4) + "************"))
			.andExpect(jsonPath("$.monthlyIncome").doesNotExist());
	}

	@Test
	void onlyStaffAndAdminRegister() throws Exception {
		mvc.perform(post("manager", "/api/v1/workers", workerJson(freshWorkerNik(), "Manajer Contoh")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		mvc.perform(post("kades.wonopringgo", "/api/v1/workers", workerJson(freshWorkerNik(), "Kades Contoh")))
			.andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/workers").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
	}

	@Test
	void refusesAVillageOutsideTheScope() throws Exception {
		String json = workerJson(freshWorkerNik(), "Luar Wilayah Contoh").replace("33.26.12.2008", "33.01.01.2001");
		mvc.perform(post("staff", "/api/v1/workers", json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("villageCode"));
	}
}
