package id.desasadar.worker;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

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
	void findsAWorkerByTheStartOfTheNikSentInTheBody() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Cari NIK Contoh");
		mvc.perform(pages().post("staff", "/workers").param("q", nik))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/workers/" + id + "\"")));
	}

	/**
	 * Issue #6, nothing personal in addresses: a NIK searched for travels in the body, the results come back at
	 * once (no redirect to an address carrying it), and their pages are buttons of forms that carry it in the
	 * body too; no link, form action or other address on the page holds the digits.
	 */
	@Test
	void aNikSearchAndItsPagesKeepTheDigitsOutOfEveryAddress() throws Exception {
		LocalDate born = LocalDate.of(1967, 11, 29);
		String first = freshNik(born, true);
		String second = freshNik(born, true);
		worker(first, "Alamat Bersih Satu");
		worker(second, "Alamat Bersih Dua");
		String prefix = first.substring(0, 12);
		assertThat(second).startsWith(prefix);

		MvcResult found = mvc.perform(pages().post("staff", "/workers").param("q", prefix).param("size", "1"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(found.getResponse().getHeader("Location")).isNull();
		String html = found.getResponse().getContentAsString();
		assertThat(html).contains("id=\"search-pager\"").contains("name=\"_csrf\"")
			.contains("<input type=\"hidden\" name=\"q\" value=\"" + prefix + "\">")
			.contains("<input type=\"hidden\" name=\"page\" value=\"1\">");
		assertThat(addresses(html)).isNotEmpty().noneMatch(address -> address.contains(prefix));
		assertThat(forms(html)).as("every form on the page").isNotEmpty().allMatch(form -> form.contains("method=\"post\""))
			.as("each with its CSRF token").hasSize(html.split("<input type=\"hidden\" name=\"_csrf\"", -1).length - 1);

		String next = mvc.perform(pages().post("staff", "/workers").param("q", prefix).param("page", "1").param("size", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(next).contains("class=\"list-group-item list-group-item-action py-3 worker\"")
			.contains("<input type=\"hidden\" name=\"page\" value=\"0\">");
		assertThat(addresses(next)).noneMatch(address -> address.contains(prefix));
	}

	/**
	 * A NIK in the address ({@code /workers?q=3326...}, an old bookmark, a link typed by hand) is not searched:
	 * the page opens again at {@code /workers} without it and asks to type it into the search box.
	 */
	@Test
	void aNikInTheAddressIsNotSearchedButDroppedWithAMessage() throws Exception {
		String nik = freshWorkerNik();
		worker(nik, "Alamat Tidak Dicari");
		MvcResult refused = mvc.perform(pages().get("staff", "/workers").param("q", nik))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workers"))
			.andExpect(flash().attribute("notFromAddress", true))
			.andReturn();
		assertThat(refused.getResponse().getContentAsString()).doesNotContain("Alamat Tidak Dicari");
		mvc.perform(pages().get("staff", "/workers").param("q", "Budi 0812")).andExpect(redirectedUrl("/workers"));

		// the flash attributes as the page after the redirect reads them (MockMvc's flashAttrs go to a container
		// session, which Spring Session replaces by its own in PostgreSQL)
		mvc.perform(pages().get("staff", "/workers").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-not-from-address\"")))
			.andExpect(content().string(containsString("Ketik angkanya di kotak pencarian")));
	}

	@Test
	void theSearchBoxesSendWhatIsTypedInTheBody() throws Exception {
		for (String path : new String[] { "/", "/workers" }) {
			String html = mvc.perform(pages().get("staff", path)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(forms(html)).as(path).filteredOn(form -> form.contains("role=\"search\""))
				.singleElement().satisfies(form -> assertThat(form).contains("method=\"post\"").contains("action=\"/workers\""));
		}
	}

	@Test
	void masksTheNikForTheVillageHead() throws Exception {
		String nik = freshWorkerNik();
		worker(nik, "Samaran Daftar Contoh");
		mvc.perform(pages().get("kades.wonopringgo", "/workers").param("q", "samaran daftar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Samaran Daftar Contoh")))
			.andExpect(content().string(not(containsString(nik))))
			.andExpect(content().string(containsString(nik.substring(0, 4) + "************")));
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
	void pagesThroughManyWorkersKeepingTheQueryInTheBody() throws Exception {
		for (int i = 0; i < 3; i++) {
			worker(freshWorkerNik(), "Halaman Banyak Contoh " + i);
		}
		String html = mvc.perform(pages().get("staff", "/workers").param("q", "halaman banyak").param("size", "2"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<input type=\"hidden\" name=\"q\" value=\"halaman banyak\">")
			.contains("<input type=\"hidden\" name=\"page\" value=\"1\">")
			.contains("<input type=\"hidden\" name=\"size\" value=\"2\">");
		assertThat(addresses(html)).noneMatch(address -> address.contains("halaman"));
		mvc.perform(pages().post("staff", "/workers").param("q", "halaman banyak").param("page", "1").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halaman Banyak Contoh")));
	}

	@Test
	void pagesTheUnfilteredListWithLinks() throws Exception {
		for (int i = 0; i < 2; i++) {
			worker(freshWorkerNik(), "Daftar Penuh Contoh " + i);
		}
		mvc.perform(pages().get("staff", "/workers").param("size", "1"))
			.andExpect(content().string(containsString("href=\"?page=1&amp;size=1\"")));
	}

	private static final Pattern ADDRESS = Pattern.compile("\\s(href|src|action|formaction|hx-[a-z]+|data-[a-z-]+)=\"([^\"]*)\"");
	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");

	/** Every address on a page: links, sources, form actions, and what scripts would request. */
	static List<String> addresses(String html) {
		return ADDRESS.matcher(html).results().map(match -> match.group(2)).toList();
	}

	static List<String> forms(String html) {
		return FORM.matcher(html).results().map(match -> match.group()).toList();
	}
}
