package id.desasadar.contribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The age limits of BPU registration. They are settings rather than constants because domain.md rates
 * the maximum (under 65) only of medium confidence and found no minimum at all.
 *
 * @param bpuMaxAge a BPU worker must be younger than this, in whole years, on the registration date
 * @param bpuMinAge a BPU worker must be at least this old on the registration date; {@code null} for no minimum
 */
@ConfigurationProperties("desa-sadar.eligibility")
public record EligibilityProperties(@DefaultValue("65") int bpuMaxAge, Integer bpuMinAge) {

	public EligibilityProperties {
		if (bpuMaxAge <= 0) {
			throw new IllegalArgumentException("desa-sadar.eligibility.bpu-max-age must be positive");
		}
		if (bpuMinAge != null && (bpuMinAge < 0 || bpuMinAge >= bpuMaxAge)) {
			throw new IllegalArgumentException("desa-sadar.eligibility.bpu-min-age must be between 0 and bpu-max-age");
		}
	}

	/** Under 65 and no minimum, as domain.md reports. */
	public static EligibilityProperties defaults() {
		return new EligibilityProperties(65, null);
	}
}
