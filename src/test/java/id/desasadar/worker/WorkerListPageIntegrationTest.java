package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WorkerListPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	long worker(String nik, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void findsWorkersByNameAndLinksToEach() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Cari Nama Unik Contoh");
		mvc.perform(pages().get("staff", "/workers").param("q", "nama unik"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cari Nama Unik Contoh")))
			.andExpect(content().string(containsString("href=\"/workers/" + id + "\"")))
			.andExpect(content().string(containsString(nik)))
			.andExpect(content().string(containsString("Wonopringgo")));
	}

	@Test
	void findsAWorkerByTheStartOfTheNik() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Cari NIK Contoh");
		mvc.perform(pages().get("staff", "/workers").param("q", nik))
			.andExpect(content().string(containsString("href=\"/workers/" + id + "\"")));
	}

	@Test
	void masksTheNikForTheVillageHead() throws Exception {
		String nik = freshWorkerNik();
		worker(nik, "Samaran Daftar Contoh");
		mvc.perform(pages().get("kades.wonopringgo", "/workers").param("q", "samaran daftar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Samaran Daftar Contoh")))
			.andExpect(content().string(not(containsString(nik))))
			.andExpect(content().string(containsString(nik.substring(0, 4) + "********" + nik.substring(12))));
	}

	@Test
	void leavesOutWorkersOutOfScope() throws Exception {
		worker(freshWorkerNik(), "Tersembunyi Daftar Contoh");
		mvc.perform(pages().get("kades.kedungjaran", "/workers").param("q", "tersembunyi daftar"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tersembunyi Daftar Contoh"))))
			.andExpect(content().string(containsString("id=\"no-workers\"")));
	}

	@Test
	void asksForThreeCharactersBeforeSearching() throws Exception {
		mvc.perform(pages().get("staff", "/workers").param("q", "ab"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-too-short\"")))
			.andExpect(content().string(containsString("Ketik paling sedikit 3 huruf")))
			.andExpect(content().string(not(containsString("class=\"list-group-item list-group-item-action py-3 worker\""))));
	}

	@Test
	void pagesThroughManyWorkersKeepingTheQuery() throws Exception {
		for (int i = 0; i < 3; i++) {
			worker(freshWorkerNik(), "Halaman Banyak Contoh " + i);
		}
		mvc.perform(pages().get("staff", "/workers").param("q", "halaman banyak").param("size", "2"))
			.andExpect(content().string(containsString("page=1&amp;q=halaman+banyak&amp;size=2")));
	}
}
