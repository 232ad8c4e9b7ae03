package id.desasadar.support;

import java.io.IOException;
import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * With {@code DESA_SADAR_PUBLIC_URL} set, the application is reached at that address only: every address it builds
 * from the request (the {@code Location} of a {@code 201 Created}, an absolute link) names it, not the {@code Host}
 * header a client sent, which anyone can forge (issue #16, item 6). Redirects are relative anyway
 * ({@code server.tomcat.use-relative-redirects}). Unset, the request's own address is used, as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicAddressRequests extends OncePerRequestFilter {

	private final URI publicUrl;

	PublicAddressRequests(@Value("${desa-sadar.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.isBlank() ? null : URI.create(publicUrl.strip());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return publicUrl == null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new AtPublicAddress(request, publicUrl), response);
	}

	private static final class AtPublicAddress extends HttpServletRequestWrapper {

		private final URI address;

		AtPublicAddress(HttpServletRequest request, URI address) {
			super(request);
			this.address = address;
		}

		@Override
		public String getScheme() {
			return address.getScheme();
		}

		@Override
		public boolean isSecure() {
			return "https".equalsIgnoreCase(address.getScheme());
		}

		@Override
		public String getServerName() {
			return address.getHost();
		}

		@Override
		public int getServerPort() {
			return address.getPort() != -1 ? address.getPort() : isSecure() ? 443 : 80;
		}

		@Override
		public String getHeader(String name) {
			return "Host".equalsIgnoreCase(name) ? host() : super.getHeader(name);
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(address.getScheme()).append("://").append(host()).append(getRequestURI());
		}

		private String host() {
			return address.getHost() + (address.getPort() != -1 ? ":" + address.getPort() : "");
		}
	}
}
