package id.desasadar.enrollment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coverage rules as configuration: the due day (15th) and the months of arrears that can still be
 * settled (3) are [H/M] in domain.md, so a branch can change them without a release; so is how a lapsed
 * participation comes back ({@link LapsedReturn}), on which sources conflict.
 */
@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

	@Bean
	Coverage coverage(@Value("${desa-sadar.coverage.due-day:15}") int dueDay,
			@Value("${desa-sadar.coverage.max-arrears-months:3}") int maxArrearsMonths) {
		return new Coverage(new CoveragePolicy(dueDay, maxArrearsMonths));
	}

	/** domain.md, Lapse and return: a lapsed participation resumes by paying, or by a setting through a new enrollment. */
	@Bean
	LapsedReturn lapsedReturn(@Value("${desa-sadar.coverage.lapsed-return:PAYMENT}") LapsedReturn lapsedReturn) {
		return lapsedReturn;
	}
}
