package id.desasadar.village;

/**
 * Where a village stands on the Desa Sadar designation (domain.md, Desa Sadar designation), the one answer the
 * village page, the village report (PDF) and the dashboard give: DECLARED once a designation is recorded, whatever
 * the checklist says since; otherwise READY when the checklist is met, NOT_READY while anything is missing.
 * The dashboard counts the same rule in SQL (ReadyVillages: ready = the readiness flag and no designation,
 * declared = a designation). Message keys are {@code village.state.<state>} and
 * {@code village.state.<state>.title}.
 */
public enum VillageState {

	NOT_READY, READY, DECLARED;

	public static VillageState of(boolean declared, Readiness readiness) {
		if (declared) {
			return DECLARED;
		}
		return readiness.ready() ? READY : NOT_READY;
	}

	static VillageState of(VillageView village, Readiness readiness) {
		return of(village.designation().status() == VillageView.DesignationStatus.DECLARED, readiness);
	}

	public String messageKey() {
		return "village.state." + name();
	}
}
