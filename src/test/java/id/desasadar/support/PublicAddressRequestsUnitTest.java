package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** Issue #16, item 6: with a public address configured, the addresses built from a request never name its Host. */
class PublicAddressRequestsUnitTest {

	static HttpServletRequest through(PublicAddressRequests filter) throws Exception {
		MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/api/v1/workers");
		forged.setScheme("http");
		forged.setServerName("evil.example");
		forged.setServerPort(8080);
		forged.addHeader("Host", "evil.example:8080");
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(forged, new MockHttpServletResponse(), (request, response) -> seen.set((HttpServletRequest) request));
		return seen.get();
	}

	@Test
	void aCreatedRecordsAddressNamesThePublicAddressNotTheHostSent() throws Exception {
		HttpServletRequest request = through(new PublicAddressRequests("https://desasadar.example.id"));
		assertThat(ServletUriComponentsBuilder.fromRequest(request).path("/7").toUriString())
			.isEqualTo("https://desasadar.example.id/api/v1/workers/7");
		assertThat(ServletUriComponentsBuilder.fromContextPath(request).toUriString()).isEqualTo("https://desasadar.example.id");
		assertThat(request.isSecure()).isTrue();
		assertThat(request.getHeader("Host")).isEqualTo("desasadar.example.id");
		assertThat(through(new PublicAddressRequests("http://localhost:8080")).getRequestURL().toString())
			.isEqualTo("http://localhost:8080/api/v1/workers");
	}

	@Test
	void withoutAPublicAddressTheRequestStaysAsItCame() throws Exception {
		HttpServletRequest request = through(new PublicAddressRequests(""));
		assertThat(request.getServerName()).isEqualTo("evil.example");
	}
}
