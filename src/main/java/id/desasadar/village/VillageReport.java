package id.desasadar.village;

import java.time.LocalDate;
import java.util.List;

import id.desasadar.region.Region;

/**
 * What the first page of the village report says (issue #4, Exports): the village and the regions it lies
 * in, the figures and how the enrollments stand, the Desa Sadar checklist with what is missing, and the day
 * it was printed. The enrolled residents follow it, read while the report is written.
 */
record VillageReport(VillageView village, List<Region> parents, VillagePages.Figures figures, StatusBreakdown statuses,
		Checklist checklist, Readiness readiness, VillageState state, LocalDate printedOn) {

	static VillageReport of(VillageOffice.Overview overview, List<Region> parents, ReadinessCriteria criteria,
			LocalDate printedOn) {
		Readiness readiness = overview.readiness();
		return new VillageReport(overview.village(), parents, VillagePages.Figures.of(overview.village(), readiness),
				overview.statuses(), Checklist.of(readiness, criteria), readiness, overview.state(), printedOn);
	}
}
