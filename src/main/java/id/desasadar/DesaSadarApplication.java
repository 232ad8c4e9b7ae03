package id.desasadar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Desa Sadar: enrollment campaigns of BPJS Ketenagakerjaan in villages.
 * Each top-level package is a feature module; {@code ModuleStructureTest} verifies them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DesaSadarApplication {

	public static void main(String[] args) {
		SpringApplication.run(DesaSadarApplication.class, args);
	}
}
