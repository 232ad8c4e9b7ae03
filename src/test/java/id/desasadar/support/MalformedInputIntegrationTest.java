package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #16, item 4: no input breaks a page or an endpoint. Every endpoint and page the application maps, with
 * every method it takes, is sent each malformed input: NUL and other control characters in a parameter's value
 * and name, an unknown {@code sort}, {@code page=2147483647}, a {@code size} over 200, more parameters than
 * allowed; JSON endpoints also a body over the limit and NUL inside the body. None answers 5xx or a wrong 409;
 * those that refuse answer 400 (413 for the body) naming the parameter, as problem JSON under {@code /api}.
 */
@IntegrationTest
class MalformedInputIntegrationTest {

	static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String path, HandlerMethod handler) {

		boolean api() {
			return path.startsWith("/api/");
		}
	}

	List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), concrete(pattern), entry.getValue()));
				}
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(100);
		return endpoints;
	}

	/**
	 * A path with its variables filled in: a village code, a format, an id. Every endpoint is called, writes
	 * included (a form posted with only a malformed parameter may save blanks), so the village is one no other test
	 * reads (Bedagung, Paninggaran) and the ids name no record: the demo story the other tests read stays whole.
	 */
	static String concrete(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value = switch (name) {
				case "code", "villageCode", "regionCode" -> "33.26.02.2015";
				case "format" -> "csv";
				case "clientId" -> "6f1c2c55-9b7e-4a43-a1d5-0c6b8e1f0a11";
				default -> "987654321";
			};
			m.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		m.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	MockHttpServletRequestBuilder request(Endpoint endpoint, String query) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
				java.net.URI.create(endpoint.path() + (query.isEmpty() ? "" : "?" + query)));
		if (endpoint.api()) {
			request.with(httpBasic("admin", "demo")).accept(MediaType.APPLICATION_JSON);
		}
		else {
			request.with(user(accounts.loadUserByUsername("admin"))).with(csrf()).accept(MediaType.TEXT_HTML);
		}
		return request;
	}

	static final Map<String, String> MALFORMED = new LinkedHashMap<>();
	static {
		MALFORMED.put("NUL in a value", "q=ab%00cd");
		MALFORMED.put("NUL in a name", "q%00x=1");
		MALFORMED.put("ESC in a value", "villageCode=33%1B26");
		MALFORMED.put("page 2147483647", "page=2147483647");
		MALFORMED.put("page -1", "page=-1");
		MALFORMED.put("page not a number", "page=abc");
		MALFORMED.put("size over 200", "size=2000");
		MALFORMED.put("size 0", "size=0");
	}

	static final Map<String, String> FIELD = Map.of("NUL in a value", "q", "NUL in a name", "q?x", "ESC in a value",
			"villageCode", "page 2147483647", "page", "page -1", "page", "page not a number", "page", "size over 200",
			"size", "size 0", "size");

	@Test
	void everyEndpointAndPageAnswersMalformedParametersWith400NamingTheParameter() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Map.Entry<String, String> input : MALFORMED.entrySet()) {
				MockHttpServletResponse response = mvc.perform(request(endpoint, input.getValue())).andReturn().getResponse();
				if (response.getStatus() != 400) {
					wrong.add(endpoint + " " + input.getKey() + ": " + response.getStatus());
				}
				else if (endpoint.api() && !FIELD.get(input.getKey()).equals(field(response))) {
					wrong.add(endpoint + " " + input.getKey() + ": names " + field(response));
				}
			}
			String many = String.join("&", java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "p" + i + "=1").toList());
			int status = mvc.perform(request(endpoint, many)).andReturn().getResponse().getStatus();
			if (status != 400) {
				wrong.add(endpoint + " 1001 parameters: " + status);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyPagedListRefusesAnUnknownSortNamingSortAndNothingAnswers500() throws Exception {
		List<String> wrong = new ArrayList<>();
		Set<String> paged = new TreeSet<>();
		for (Endpoint endpoint : endpoints()) {
			for (String sort : List.of("nope", "name;drop table worker", "id,desc,nope", "nik")) {
				MockHttpServletResponse response = mvc.perform(request(endpoint, "sort=" + java.net.URLEncoder.encode(sort,
						java.nio.charset.StandardCharsets.UTF_8))).andReturn().getResponse();
				Set<String> allowed = SortCheck.allowed(endpoint.handler());
				boolean refuse = allowed != null && !allowed.contains(sort);
				if (refuse) {
					paged.add(endpoint.path());
					if (response.getStatus() != 400) {
						wrong.add(endpoint + " sort=" + sort + ": " + response.getStatus());
					}
					else if (endpoint.api() && !"sort".equals(field(response))) {
						wrong.add(endpoint + " sort=" + sort + ": names " + field(response));
					}
				}
				else if (response.getStatus() >= 500 || response.getStatus() == 409) {
					wrong.add(endpoint + " sort=" + sort + ": " + response.getStatus());
				}
			}
			// Paging in range but past the data is an empty page, not an error.
			int far = mvc.perform(request(endpoint, "page=100000&size=200")).andReturn().getResponse().getStatus();
			if (far >= 500 || far == 409) {
				wrong.add(endpoint + " page=100000: " + far);
			}
		}
		assertThat(paged).contains("/api/v1/workers", "/api/v1/agents", "/api/v1/events");
		assertThat(wrong).isEmpty();
	}

	@Test
	void jsonBodiesOverTheLimitAre413AndNulInsideIsNeverAConflictOr500() throws Exception {
		List<String> wrong = new ArrayList<>();
		String big = "{\"name\": \"" + "a".repeat(600 * 1024) + "\"}";
		for (Endpoint endpoint : endpoints()) {
			if (!endpoint.api() || endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE) {
				continue;
			}
			MockHttpServletResponse large = mvc.perform(request(endpoint, "").contentType(MediaType.APPLICATION_JSON)
				.content(big)).andReturn().getResponse();
			if (large.getStatus() != 413) {
				wrong.add(endpoint + " 600 KB: " + large.getStatus());
			}
			for (String body : List.of("{\"name\": \"a\\u0000b\", \"villageCode\": \"33.26\\u0000\", \"notes\": \"\\u0000\"}",
					"{\"nik\": \"3326\\u0000\"}", "{\"name\": \"Budi\\u202ESantoso\"}", "[\"\\u0000\"]")) {
				int status = mvc.perform(request(endpoint, "").contentType(MediaType.APPLICATION_JSON).content(body))
					.andReturn().getResponse().getStatus();
				if (status >= 500 || status == 409) {
					wrong.add(endpoint + " " + body + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	static String field(MockHttpServletResponse response) throws Exception {
		try {
			List<String> fields = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
			return fields.isEmpty() ? null : fields.get(0);
		}
		catch (RuntimeException ex) {
			return "(no problem JSON: " + response.getContentType() + ")";
		}
	}
}
