package id.desasadar.region;

/** The four levels of the Kemendagri code, and the length of a code at each level. */
public enum RegionLevel {

	PROVINCE(2), REGENCY(5), DISTRICT(8), VILLAGE(13);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}
}
