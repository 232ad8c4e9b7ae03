package id.desasadar.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Content-hashed addresses for the static files ({@code /js/app-<md5>.js}), which the templates' {@code @{...}}
 * links get through Spring's {@code ResourceUrlEncodingFilter}; a file asked for by such an address is cached for a
 * year without being asked again ({@link #IMMUTABLE}), since another content has another address. The plain
 * address ({@code /js/app.js}) still answers, for what a script asks for by name (a service worker, Workbox's
 * modules), but is not cached that way: the same address may hold another file after the next release.
 */
final class ContentHashedFiles extends VersionResourceResolver {

	/** What a content-hashed address answers with. */
	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	ContentHashedFiles() {
		addContentVersionStrategy("/**");
	}

	/**
	 * What the version strategy resolved by its hash is the one kind of {@link HttpResource} on this chain (the
	 * WebJars' and the path resolver after it return plain resources): those, and only those, are immutable.
	 */
	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resolved = super.resolveResourceInternal(request, requestPath, locations, chain);
		if (resolved instanceof HttpResource hashed) {
			HttpHeaders headers = hashed.getResponseHeaders();
			headers.setCacheControl(IMMUTABLE);
			return new HashedFile(hashed, headers);
		}
		return resolved;
	}

	/**
	 * Spring's rewriting of the links inside a style sheet to their hashed addresses (which a version resolver
	 * brings along by itself otherwise), keeping the headers of a file found by its hash: Spring's rewritten copy
	 * drops them, and the style sheets would lose their year of caching.
	 */
	static final class CssLinks extends CssLinkResourceTransformer {

		@Override
		public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
				throws IOException {
			Resource transformed = super.transform(request, resource, chain);
			return resource instanceof HashedFile hashed && transformed != resource
					? new HashedFile(transformed, hashed.headers) : transformed;
		}
	}

	/** A file found by its hash (or its rewritten copy), answered with the strategy's ETag and immutable caching. */
	private static final class HashedFile extends AbstractResource implements HttpResource {

		private final Resource content;

		private final HttpHeaders headers;

		HashedFile(Resource content, HttpHeaders headers) {
			this.content = content;
			this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			return headers;
		}

		@Override
		public boolean exists() {
			return content.exists();
		}

		@Override
		public boolean isReadable() {
			return content.isReadable();
		}

		@Override
		public boolean isFile() {
			return content.isFile();
		}

		@Override
		public URL getURL() throws IOException {
			return content.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return content.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return content.getFile();
		}

		@Override
		public String getFilename() {
			return content.getFilename();
		}

		@Override
		public long contentLength() throws IOException {
			return content.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return content.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return content.createRelative(relativePath);
		}

		@Override
		public String getDescription() {
			return content.getDescription();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return content.getInputStream();
		}
	}
}
