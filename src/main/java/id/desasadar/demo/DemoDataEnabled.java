package id.desasadar.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * api.md: demo data is on by default with the embedded database; {@code DESA_SADAR_DEMO=false} turns it off,
 * {@code true} turns it on with an external database too.
 */
class DemoDataEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		// DESA_SADAR_DEMO reaches this name through Spring's relaxed binding of environment variables.
		String demo = context.getEnvironment().getProperty("desa-sadar.demo", "");
		if (StringUtils.hasText(demo)) {
			return Boolean.parseBoolean(demo.trim());
		}
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}
}
