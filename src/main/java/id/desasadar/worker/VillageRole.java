package id.desasadar.worker;

/** A worker's place in the village's government, which the Desa Sadar checklist counts. */
public enum VillageRole {
	RESIDENT, HEAD, OFFICIAL, RT_RW_HEAD
}
