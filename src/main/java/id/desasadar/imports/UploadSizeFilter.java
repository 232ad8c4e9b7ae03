package id.desasadar.imports;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The upload form's answer to a file over the limit. Spring Security's CSRF check reads a request parameter,
 * which makes Tomcat parse the multipart body and fail on its size limit before any controller could answer;
 * so a form post that announces more than the limit is sent back to the form with the reason, before security.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

	static final String TOO_LARGE = "/imports/new?too-large=true";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> importUploadSize(
			@Value("${desa-sadar.imports.max-file-size:20MB}") DataSize maxFileSize) {
		long limit = maxFileSize.toBytes();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
					response.sendRedirect(request.getContextPath() + TOO_LARGE);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/imports/new");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}
}
