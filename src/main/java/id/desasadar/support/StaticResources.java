package id.desasadar.support;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The files the application serves itself (no CDN): its own under {@code /css} and {@code /js} and its icon, the
 * WebJars under {@code /webjars} without their versions in the address; the pages link them by content-hashed
 * addresses, which browsers keep for a year ({@link ContentHashedFiles}). Mapped to these paths only, instead of
 * Spring Boot's {@code /**} ({@code spring.web.resources.add-mappings=false}): with {@code /**}, every link a
 * page builds ({@code @{/workers/1}}) was looked up as a static file in the jar, a miss that is never cached,
 * and that took most of the CPU of a busy booth (docs/performance.md, Load test). {@link #PATTERNS} is the one
 * list of these paths: the security rules open them to everyone, and they are served without a page session.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

	/** The addresses of the static files. */
	public static final List<String> PATTERNS = List.of("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/sw.js",
			"/manifest.webmanifest", "/icons/**");

	/** {@link #PATTERNS} parsed once: {@link #serves} is asked on every request. */
	private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

	/** Whether a path (without the context path) is one of the static files' addresses. */
	public static boolean serves(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
	}

	/**
	 * Each folder with content-hashed addresses ({@link ContentHashedFiles}): immutable for a year by such an
	 * address, and asked again each time (a 304 while unchanged) by its plain one. Spring Boot's
	 * {@code spring.web.resources.chain.*} and {@code .cache.*} settings would do the same for Boot's own handlers
	 * only, which {@code add-mappings=false} turns off, hence here.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		hashed(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
		hashed(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"));
		// The hash's resolver first: it takes the hash off, and the WebJars' finds the file without its version.
		hashed(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"))
			.addResolver(new LiteWebJarsResourceResolver());
		// Browsers ask for it on their own, by this address; answered, it is not a "no mapping" warning in the log.
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
		// The service worker at the root, so that it may keep the booth's pages: its address never changes (no
		// hash), and the browser asks for it again (no-cache) to learn of a new version. The web app manifest and its
		// icons, by the addresses the manifest names.
		registry.addResourceHandler("/sw.js").addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache());
		// What the service worker imports by plain address (a worker's imports take no hash): a folder named by its
		// version never changes, so the browser need not ask again at each check for a new worker.
		registry.addResourceHandler("/js/vendor/workbox-7.4.1/**").addResourceLocations("classpath:/static/js/vendor/workbox-7.4.1/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/manifest.webmanifest").addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
		registry.addResourceHandler("/icons/**").addResourceLocations("classpath:/static/icons/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)));
	}

	private static ResourceChainRegistration hashed(ResourceHandlerRegistration files) {
		return files.setCacheControl(CacheControl.noCache()).resourceChain(true).addResolver(new ContentHashedFiles())
			.addTransformer(new ContentHashedFiles.CssLinks());
	}
}
