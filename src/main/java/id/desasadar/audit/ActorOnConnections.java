package id.desasadar.audit;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Wraps every {@link DataSource} of the application in an {@link ActorDataSource}, so that whatever takes a
 * connection (JPA, JdbcTemplate, a bulk import's batched JDBC, the demo data) writes the audit trail under the
 * name of the signed-in account. The page-session store (Spring Session JDBC) is wrapped too: while it works, its
 * connections are taken without asking who acts (its tables are not audited), because asking who is signed in is
 * what makes it load the session: asked from inside that load, the question loaded the session a second time
 * (measured: three session reads per page instead of one).
 */
@Component
class ActorOnConnections implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ActorDataSource)) {
			return new ActorDataSource(dataSource);
		}
		if (bean instanceof SessionRepository<?> && !AopUtils.isAopProxy(bean)) {
			// a subclass proxy: Spring Session and Boot also know the store by its class
			ProxyFactory store = new ProxyFactory(bean);
			store.setProxyTargetClass(true);
			store.addAdvice((MethodInterceptor) call -> ActorDataSource.asSessionStore(call::proceed));
			return store.getProxy(bean.getClass().getClassLoader());
		}
		return bean;
	}
}
