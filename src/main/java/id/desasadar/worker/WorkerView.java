package id.desasadar.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.support.ApiProblems;

/**
 * A worker as the API shows it. The NIK is in full only for roles that need it, masked otherwise; the
 * income is hidden from village heads (UU 27/2022, data minimisation).
 */
public record WorkerView(Long id, String nik, boolean nikMasked, String name, LocalDate birthDate, Sex sex,
		String phone, String villageCode, String address, String occupation, Segment segment, Sector sector,
		EmployerSize employerSize, Integer riskClass, Long monthlyIncome, VillageRole villageRole,
		String consentVersion, Instant consentedAt, Instant createdAt, String createdBy, Instant updatedAt,
		long version, String participantNumber, @JsonInclude(JsonInclude.Include.NON_NULL) Instant anonymisedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<Warning> warnings) {

	/** A warning with its message in the caller's language. */
	public record Warning(String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Long workerId) {

		/** The warnings of {@link WorkerRegistry#warningsFor}, each with its message in the caller's language. */
		public static List<Warning> of(List<WorkerWarning> warnings, ApiProblems problems) {
			return warnings.stream().map(w -> new Warning(w.code(), problems.message(w.messageKey(), w.code()), w.workerId()))
				.toList();
		}
	}

	public static WorkerView of(Worker worker, Viewer viewer, List<Warning> warnings) {
		Nik nik = worker.getNik();
		boolean full = viewer.seesFullNik() && nik != null;
		return new WorkerView(worker.getId(), nik == null ? null : full ? nik.value() : nik.masked(), !full,
				worker.getName(), worker.getBirthDate(), worker.getSex(),
				worker.getPhone() == null ? null : worker.getPhone().e164(), worker.getVillageCode(),
				worker.getAddress(), worker.getOccupation(), worker.getSegment(), worker.getSector(),
				worker.getEmployerSize(), worker.getRiskClass(),
				WorkerRegistry.seesIncome(viewer) ? worker.getMonthlyIncome() : null, worker.getVillageRole(),
				worker.getConsentVersion(), worker.getConsentedAt(), worker.getCreatedAt(), worker.getCreatedBy(),
				worker.getUpdatedAt(), worker.getVersion(),
				worker.getParticipantNumber() == null ? null : worker.getParticipantNumber().value(), worker.getAnonymisedAt(), warnings);
	}
}
