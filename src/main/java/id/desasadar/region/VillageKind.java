package id.desasadar.region;

/** The first digit of a village segment: 1 kelurahan, 2 desa, 3 desa adat. */
public enum VillageKind {
	KELURAHAN, DESA, DESA_ADAT
}
