package id.desasadar.demo;

import org.springframework.stereotype.Component;

/** The 2019 Pekalongan campaign with its villages, workers, enrollments and payments. */
@Component
class DemoStory {

	static final String WONOPRINGGO = "33.26.12.2008";
	static final String KETANONAGENG = "33.26.10.2001";
	static final String KEDUNGJARAN = "33.26.10.2013";

	void loadOnce() {
		// Filled in with the campaign, villages and workers below.
	}
}
