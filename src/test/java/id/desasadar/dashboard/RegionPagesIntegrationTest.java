package id.desasadar.dashboard;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The region browser. Figures are compared before and after what the test registers (shared database). */
@IntegrationTest
class RegionPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	String page(String user, String uri) throws Exception {
		return mvc.perform(pages().get(user, uri)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** A figure of the page by its element id, as a number (Indonesian digit grouping removed). */
	static long figure(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([\\d.,]+)<").matcher(html);
		assertThat(m.find()).as("figure %s on the page", id).isTrue();
		return Long.parseLong(m.group(1).replaceAll("[.,]", ""));
	}

	@Test
	void showsARegencyWithItsFiguresAndItsDistrictsLinkingDown() throws Exception {
		mvc.perform(pages().get("manager", "/regions/33.26"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"region-name\">Kabupaten Pekalongan<")))
			.andExpect(content().string(containsString("id=\"children\"")))
			.andExpect(content().string(containsString("href=\"/regions/33.26.12\">Wonopringgo<")))
			.andExpect(content().string(containsString("href=\"/regions/33.26.10\">Sragi<")))
			.andExpect(content().string(containsString("id=\"figure-coverage\"")))
			.andExpect(content().string(containsString("Kecamatan")));
	}

	@Test
	void countsAWorkerRegisteredInADistrictAndLinksItsVillagesToTheirPages() throws Exception {
		String before = page("staff", "/regions/33.26.05");
		mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(freshWorkerNik(), "Warga Sengare Contoh", "33.26.05.2003", "RESIDENT", LocalDate.of(1984, 2, 3))))
			.andExpect(status().isCreated());
		String after = page("staff", "/regions/33.26.05");
		assertThat(figure(after, "figure-workers")).isEqualTo(figure(before, "figure-workers") + 1);
		assertThat(figure(after, "figure-enrolled")).isEqualTo(figure(before, "figure-enrolled"));
		assertThat(after).contains("href=\"/villages/33.26.05.2003\">Sengare<");
		String regency = page("staff", "/regions/33.26");
		assertThat(regency).contains("id=\"child-33.26.05\"");
	}

	@Test
	void searchesRegionsUnderTheRegionByNameOrCode() throws Exception {
		mvc.perform(pages().get("staff", "/regions/33.26").param("q", "Wonop"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-results\"")))
			.andExpect(content().string(containsString("href=\"/regions/33.26.12\"")))
			.andExpect(content().string(containsString("href=\"/villages/33.26.12.2008\"")));
		mvc.perform(pages().get("staff", "/regions/33.26").param("q", "33.26.10.2013"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/villages/33.26.10.2013\"")))
			.andExpect(content().string(not(containsString("href=\"/villages/33.26.12.2008\""))));
		mvc.perform(pages().get("staff", "/regions/33.26.10").param("q", "Wonop"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak ada wilayah dengan nama atau kode itu di sini.")));
	}

	@Test
	void pagesTheSearchResultsKeepingTheQuery() throws Exception {
		mvc.perform(pages().get("admin", "/regions/33").param("q", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page=1&amp;q=3")));
	}

	@Test
	void answersTheNotFoundPageForARegionOutOfScopeOrUnknown() throws Exception {
		mvc.perform(pages().get("manager", "/regions/33"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")))
			.andExpect(content().string(not(containsString("Jawa Tengah"))));
		mvc.perform(pages().get("kades.kedungjaran", "/regions/33.26.10")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/regions/99.99")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/regions/nonsense")).andExpect(status().isNotFound());
	}

	@Test
	void sendsAVillageToItsOwnPage() throws Exception {
		mvc.perform(pages().get("kades.kedungjaran", "/regions/33.26.10.2013"))
			.andExpect(redirectedUrl("/villages/33.26.10.2013"));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(pages().get("manager", "/regions/33.26").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Districts")))
			.andExpect(content().string(containsString("Workforce estimate")))
			.andExpect(content().string(not(containsString("Perkiraan pekerja"))));
	}
}
