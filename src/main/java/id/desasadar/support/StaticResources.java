package id.desasadar.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The files the application serves itself (no CDN): its own under {@code /css} and {@code /js} and its icon, the
 * WebJars under {@code /webjars} without their versions in the address. Mapped to these paths only, instead of
 * Spring Boot's {@code /**} ({@code spring.web.resources.add-mappings=false}): with {@code /**}, every link a
 * page builds ({@code @{/workers/1}}) was looked up as a static file in the jar, a miss that is never cached,
 * and that took most of the CPU of a busy booth (docs/performance.md, Load test).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		// Browsers ask for it on their own; answered, it is not a "no mapping" warning in the log per visit.
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
	}
}
