package id.desasadar.demo;

import java.time.LocalDate;

import id.desasadar.worker.Sex;
import id.desasadar.worker.VillageRole;
import id.desasadar.worker.WorkerRequest;

/** A synthetic worker, ready to register: every field consistent with the others (NIK, birth date, sex, village). */
record Person(String nik, String name, LocalDate birthDate, Sex sex, String phone, String villageCode, String address,
		Job job, long monthlyIncome, VillageRole role) {

	WorkerRequest toRequest() {
		return new WorkerRequest(nik, name, birthDate.toString(), sex.name(), phone, villageCode, address,
				job.occupation(), job.segment().name(), job.sector().name(),
				job.employerSize() == null ? null : job.employerSize().name(),
				job.riskClass() == null ? null : job.riskClass().longValue(), monthlyIncome, role.name(), true, null);
	}
}
