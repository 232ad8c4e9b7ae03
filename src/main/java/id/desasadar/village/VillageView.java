package id.desasadar.village;

import java.time.LocalDate;

import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.VillageKind;

/** api.md, Villages: region fields, the profile, the designation and the figures. */
public record VillageView(String code, String name, RegionLevel level, String parentCode, VillageKind kind,
		String headName, String headPhone, Integer officialsCount, Integer rtRwHeadsCount, Integer workforceEstimate,
		boolean bumdesActive, long profileVersion, DesignationView designation, Stats stats) {

	public enum DesignationStatus {
		NONE, DECLARED
	}

	public record DesignationView(DesignationStatus status, LocalDate declaredOn, String agreementNumber) {

		static DesignationView of(Designation designation) {
			return designation == null ? new DesignationView(DesignationStatus.NONE, null, null)
					: new DesignationView(DesignationStatus.DECLARED, designation.getDeclaredOn(),
							designation.getAgreementNumber());
		}
	}

	public record Stats(long workers, long enrolled, long active) {
	}

	static VillageView of(Region village, VillageProfile profile, Designation designation, VillageFigures.Counts counts) {
		boolean known = profile != null;
		return new VillageView(village.getCode(), village.getName(), village.getLevel(), village.getParentCode(),
				village.getKind(), known ? profile.getHeadName() : null, known ? profile.getHeadPhone() : null,
				known ? profile.getOfficialsCount() : null, known ? profile.getRtRwHeadsCount() : null,
				known ? profile.getWorkforceEstimate() : null, known && profile.isBumdesActive(),
				known ? profile.getVersion() : 0, DesignationView.of(designation),
				new Stats(counts.workers(), counts.enrolled(), counts.active()));
	}
}
