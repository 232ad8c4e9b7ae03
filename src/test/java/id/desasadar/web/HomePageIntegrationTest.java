package id.desasadar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HomePageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	void sendsStrangersToTheSignInPage() throws Exception {
		mvc.perform(get("/").accept("text/html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Nama pengguna")));
	}

	@Test
	void showsStaffTheirWorkAndWhoIsSignedIn() throws Exception {
		mvc.perform(pages().get("staff", "/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Petugas Demo")))
			.andExpect(content().string(containsString("Daftarkan peserta")))
			.andExpect(content().string(containsString("33.26")));
	}

	@Test
	void speaksEnglishWhenAskedAndIndonesianByDefault() throws Exception {
		mvc.perform(pages().get("manager", "/").param("lang", "en"))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(content().string(not(containsString("Daftarkan peserta"))));
		mvc.perform(pages().get("manager", "/")).andExpect(content().string(containsString("Keluar")));
	}

	@Test
	void sendsAVillageHeadStraightToTheVillage() throws Exception {
		mvc.perform(pages().get("kades.wonopringgo", "/")).andExpect(redirectedUrl("/villages/33.26.12.2008"));
	}
}
