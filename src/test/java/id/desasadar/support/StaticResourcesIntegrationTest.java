package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The application serves its own files and the WebJars (no CDN), and looks up nothing else as a static file. */
@IntegrationTest
class StaticResourcesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	UserDetailsService accounts;

	/** Every file the templates link to, signed in or not (the sign-in page needs them too). */
	@ParameterizedTest
	@CsvSource({ "/css/app.css, text/css", "/js/app.js, text/javascript", "/js/charts.js, text/javascript",
			"/webjars/bootstrap/css/bootstrap.min.css, text/css", "/webjars/bootstrap/js/bootstrap.bundle.min.js, text/javascript",
			"/webjars/htmx.org/dist/htmx.min.js, text/javascript", "/webjars/chart.js/dist/chart.umd.min.js, text/javascript",
			"/favicon.ico, image/x-icon", "/js/booth.js, text/javascript", "/js/quote.js, text/javascript",
			"/js/nik.js, text/javascript", "/js/registration.js, text/javascript",
			"/js/vendor/idb-keyval-6.2.2/umd.js, text/javascript", "/js/vendor/workbox-7.4.1/workbox-sw.js, text/javascript",
			"/js/vendor/workbox-7.4.1/workbox-routing.prod.js, text/javascript", "/icons/icon-192.png, image/png" })
	void servesTheFilesThePagesLinkTo(String path, String type) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(type));
	}

	/**
	 * The service worker at the root, so that it may keep the booth's pages, asked again by the browser at each visit
	 * (no-cache) to learn of a new version; the web app manifest beside it. Both without signing in.
	 */
	@Test
	void servesTheServiceWorkerAndTheManifestAtTheRoot() throws Exception {
		mvc.perform(get("/sw.js")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/javascript"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(content().string(containsString("workbox.routing.registerRoute")));
		mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"start_url\"")));
		assertThat(StaticResources.serves("/sw.js")).isTrue();
	}

	@Test
	void anAddressOutsideTheFoldersIsNoFile() throws Exception {
		Pages pages = new Pages(accounts);
		mvc.perform(pages.get("staff", "/app.css")).andExpect(status().isNotFound());
		mvc.perform(pages.get("staff", "/static/css/app.css")).andExpect(status().isNotFound());
	}

	/**
	 * A link to a page is not looked up among the files: with Boot's {@code /**} mapping every link a template
	 * built was searched for in the jar, most of the CPU of the booth under load (docs/performance.md).
	 */
	@Test
	void linksToPagesAreNotLookedUpAsFiles() {
		assertThat(resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/webjars/**").doesNotContain("/**")
			.as("the one list the security rules and the session-less paths read").containsAll(StaticResources.PATTERNS);
		assertThat(StaticResources.serves("/css/app.css")).isTrue();
		assertThat(StaticResources.serves("/favicon.ico")).isTrue();
		assertThat(StaticResources.serves("/events/1/booth")).isFalse();
		assertThat(StaticResources.serves("/cssx/app.css")).isFalse();
		assertThat(resourceUrls.getForLookupPath("/events/1/booth")).isNull();
		assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.as("the WebJar's address resolved to its version").matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
	}

	@Test
	void theSignInPageLinksTheStyleSheets() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/webjars/bootstrap/")))
			.andExpect(content().string(containsString("/css/app.css")));
	}
}
