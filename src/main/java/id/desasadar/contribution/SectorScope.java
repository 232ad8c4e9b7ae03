package id.desasadar.contribution;

/** Which sectors a discount is for, against its list of sectors. */
enum SectorScope {

	/** Every sector; the list is empty. */
	ALL,
	/** Only the sectors listed. */
	ONLY,
	/** Every sector but those listed, as in "all other sectors" of PP 50/2025. */
	EXCEPT
}
