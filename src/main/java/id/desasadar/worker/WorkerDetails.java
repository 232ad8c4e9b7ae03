package id.desasadar.worker;

import java.time.LocalDate;

import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;

/** A worker's data once every field has been checked ({@link WorkerRequest#check}). */
public record WorkerDetails(Nik nik, String name, LocalDate birthDate, Sex sex, PhoneNumber phone,
		String villageCode, String address, String occupation, Segment segment, Sector sector,
		EmployerSize employerSize, Integer riskClass, long monthlyIncome, VillageRole villageRole) {
}
