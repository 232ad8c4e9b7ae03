package id.desasadar.demo;

import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;

/**
 * What a synthetic worker does for a living: the occupation as staff would write it, its sector, and for a
 * wage earner (PU) the employer's size and risk class.
 *
 * @param minIncome lowest monthly income drawn, whole Rupiah
 * @param maxIncome highest monthly income drawn, whole Rupiah
 * @param femaleShare share of women among those drawn for this job
 */
record Job(String occupation, Sector sector, Segment segment, EmployerSize employerSize, Integer riskClass,
		long minIncome, long maxIncome, double femaleShare) {

	static Job bpu(String occupation, Sector sector, long minIncome, long maxIncome, double femaleShare) {
		return new Job(occupation, sector, Segment.BPU, null, null, minIncome, maxIncome, femaleShare);
	}

	static Job pu(String occupation, Sector sector, EmployerSize size, int riskClass, long minIncome, long maxIncome,
			double femaleShare) {
		return new Job(occupation, sector, Segment.PU, size, riskClass, minIncome, maxIncome, femaleShare);
	}
}
