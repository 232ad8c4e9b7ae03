package id.desasadar.audit;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Wraps every {@link DataSource} of the application in an {@link ActorDataSource}, so that whatever takes a
 * connection (JPA, JdbcTemplate, a bulk import's batched JDBC, the demo data) writes the audit trail under the
 * name of the signed-in account.
 */
@Component
class ActorOnConnections implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ActorDataSource)) {
			return new ActorDataSource(dataSource);
		}
		return bean;
	}
}
