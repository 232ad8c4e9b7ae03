package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The application serves its own files and the WebJars (no CDN), and looks up nothing else as a static file; the
 * pages link them by content-hashed addresses, which are cached for a year, while the pages themselves are not.
 */
@IntegrationTest
class StaticResourcesIntegrationTest {

	/** A style sheet or script linked by a page, under the static files' folders. */
	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	/** An address with a content hash: {@code /js/app-<32 hex digits>.js}. */
	private static final Pattern HASHED = Pattern.compile("(.+)-([0-9a-f]{32})(\\.(?:css|js))");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	UserDetailsService accounts;

	/** Every file the templates link to, signed in or not (the sign-in page needs them too). */
	@ParameterizedTest
	@CsvSource({ "/css/app.css, text/css", "/js/app.js, text/javascript", "/js/charts.js, text/javascript",
			"/webjars/bootstrap/css/bootstrap.min.css, text/css", "/webjars/bootstrap/js/bootstrap.min.js, text/javascript",
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
			.as("the WebJar's address resolved to its version and content hash")
			.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min-[0-9a-f]{32}.css");
	}

	/**
	 * Every style sheet and script a page links to has its content's MD5 in its address (the plain address
	 * answers that content), and by that address is cached by anyone for a year without being asked again.
	 */
	@Test
	void pagesLinkTheFilesByContentHashedAddressesCachedForAYear() throws Exception {
		Pages pages = new Pages(accounts);
		String page = mvc.perform(pages.get("manager", "/dashboard?region=33.26")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher link = LINK.matcher(page);
		List<String> links = new ArrayList<>();
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).as("style sheets, WebJars, the application's scripts and Chart.js")
			.anyMatch(path -> path.startsWith("/css/")).anyMatch(path -> path.startsWith("/js/"))
			.anyMatch(path -> path.startsWith("/webjars/bootstrap/")).anyMatch(path -> path.contains("/chart.js/"));
		for (String hashed : links) {
			Matcher parts = HASHED.matcher(hashed);
			assertThat(parts.matches()).as(hashed + " carries a content hash").isTrue();
			String plain = parts.group(1) + parts.group(3);
			MockHttpServletResponse file = mvc.perform(get(hashed)).andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
				.andExpect(header().doesNotExist("Pragma")).andExpect(header().doesNotExist("Expires"))
				.andReturn().getResponse();
			byte[] content = mvc.perform(get(plain)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			assertThat(parts.group(2)).as(hashed).isEqualTo(DigestUtils.md5DigestAsHex(content));
			assertThat(file.getContentAsByteArray()).as(hashed).isEqualTo(content);
		}
	}

	/**
	 * The plain address still answers (a script may ask for a file by its name: a service worker, Workbox's
	 * modules) but is asked again at each use, as the next release may put another file there; a hash that is
	 * not the file's is no file.
	 */
	@Test
	void thePlainAddressIsRevalidatedAndAWrongHashIsNoFile() throws Exception {
		mvc.perform(get("/js/app.js")).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().exists("Last-Modified"));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"));
		// a name with a dash, as Workbox's are (workbox-sw.js), is a name, not a hash
		mvc.perform(get("/webjars/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/js/app-0123456789abcdef0123456789abcdef.js")).andExpect(status().isNotFound());
		mvc.perform(get("/css/app-0123456789abcdef0123456789abcdef.css")).andExpect(status().isNotFound());
	}

	/** The pages hold personal data: no cache along the way keeps them, as before (Spring Security's headers). */
	@Test
	void pagesAreStillNeverStored() throws Exception {
		Pages pages = new Pages(accounts);
		mvc.perform(pages.get("staff", "/")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void theSignInPageLinksTheStyleSheets() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/webjars/bootstrap/")))
			.andExpect(content().string(containsString("/css/app-")));
	}
}
