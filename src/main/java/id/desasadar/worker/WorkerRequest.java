package id.desasadar.worker;

import java.time.LocalDate;

import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.support.FieldChecks;

/**
 * A worker as a client sends it (api.md, Workers), for registration and correction alike. Choices and
 * dates come as text so that every bad field can be named at once.
 */
public record WorkerRequest(String nik, String name, String birthDate, String sex, String phone,
		String villageCode, String address, String occupation, String segment, String sector,
		String employerSize, Long riskClass, Long monthlyIncome, String villageRole, Boolean consent,
		Long version, String participantNumber) {

	/**
	 * A request without a participant number, as registrations send it: the number comes later, from the agency.
	 * On {@code PUT}, a participant number left out (or {@code null}) keeps the worker's; an empty one clears it.
	 */
	public WorkerRequest(String nik, String name, String birthDate, String sex, String phone, String villageCode,
			String address, String occupation, String segment, String sector, String employerSize, Long riskClass,
			Long monthlyIncome, String villageRole, Boolean consent, Long version) {
		this(nik, name, birthDate, sex, phone, villageCode, address, occupation, segment, sector, employerSize, riskClass,
				monthlyIncome, villageRole, consent, version, null);
	}

	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** The same request for a worker of this segment, as a booth registers only self-employed workers. */
	public WorkerRequest asSegment(String chosen) {
		return new WorkerRequest(nik, name, birthDate, sex, phone, villageCode, address, occupation, chosen, sector,
				employerSize, riskClass, monthlyIncome, villageRole, consent, version, participantNumber);
	}

	/** The same request with the version a client sent outside the body (If-Match), when the body has none. */
	WorkerRequest withVersionIfMissing(Long headerVersion) {
		if (version != null || headerVersion == null) {
			return this;
		}
		return new WorkerRequest(nik, name, birthDate, sex, phone, villageCode, address, occupation, segment, sector,
				employerSize, riskClass, monthlyIncome, villageRole, consent, headerVersion, participantNumber);
	}

	/** Whether this request changes the participant number: sent, possibly empty (which clears it). */
	boolean changesParticipantNumber() {
		return participantNumber != null;
	}

	/** The participant number sent, {@code null} for one cleared; a malformed one is added to {@code checks}. */
	ParticipantNumber checkedParticipantNumber(FieldChecks checks) {
		return participantNumber == null || participantNumber.isBlank() ? null
				: checks.parsed(() -> ParticipantNumber.of(participantNumber));
	}

	/**
	 * Checks every field against the rules of domain.md and answers the checked details; the village must
	 * be checked against the official list and the caller's scope by the caller ({@code checks} collects).
	 */
	WorkerDetails check(FieldChecks checks, LocalDate today) {
		Nik checkedNik = checks.parsed(() -> Nik.of(nik));
		String checkedName = checks.text("name", name, 120, true);
		LocalDate checkedBirthDate = checks.date("birthDate", birthDate, true);
		if (checkedBirthDate != null && (checkedBirthDate.isAfter(today) || checkedBirthDate.isBefore(EARLIEST_BIRTH_DATE))) {
			checks.add("birthDate", "worker.birth-date.range");
		}
		Sex checkedSex = checks.choice("sex", sex, Sex.class, true);
		String phoneText = checks.text("phone", phone, 30, false);
		PhoneNumber checkedPhone = phoneText == null ? null : checks.parsed(() -> PhoneNumber.of(phoneText));
		String checkedVillage = checks.text("villageCode", villageCode, 13, true);
		String checkedAddress = checks.multiLineText("address", address, 255, false);
		String checkedOccupation = checks.text("occupation", occupation, 120, false);
		Segment checkedSegment = checks.choice("segment", segment, Segment.class, true);
		Sector checkedSector = checks.choice("sector", sector, Sector.class, true);
		boolean wageEarner = checkedSegment == Segment.PU;
		EmployerSize checkedSize = checks.choice("employerSize", employerSize, EmployerSize.class, wageEarner);
		Long checkedRisk = checks.number("riskClass", riskClass, 1, 5, wageEarner);
		Long income = checks.number("monthlyIncome", monthlyIncome, 0, 1_000_000_000, true);
		VillageRole role = villageRole == null || villageRole.isBlank() ? VillageRole.RESIDENT
				: checks.choice("villageRole", villageRole, VillageRole.class, true);
		return new WorkerDetails(checkedNik, checkedName, checkedBirthDate, checkedSex, checkedPhone,
				checkedVillage, checkedAddress, checkedOccupation, checkedSegment, checkedSector,
				wageEarner ? checkedSize : null, wageEarner && checkedRisk != null ? checkedRisk.intValue() : null,
				income == null ? 0 : income, role);
	}
}
