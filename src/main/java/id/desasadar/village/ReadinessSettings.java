package id.desasadar.village;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Desa Sadar thresholds as configuration ({@code desa-sadar.designation.*}): only "head and all
 * officials registered" is [H] in domain.md; the rest is reported [M] or was not found, so a region can set it.
 */
@ConfigurationProperties("desa-sadar.designation")
record ReadinessSettings(@DefaultValue("0") double rtRwHeadsMinimumShare, @DefaultValue("false") boolean bumdesRequired,
		Double minimumCoverage) {

	ReadinessCriteria criteria() {
		return new ReadinessCriteria(rtRwHeadsMinimumShare, bumdesRequired, minimumCoverage);
	}
}
