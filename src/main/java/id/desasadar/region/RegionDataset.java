package id.desasadar.region;

/** The region lists the application can load from the national file it ships. */
public enum RegionDataset {

	/** Province 33 and everything under it: 35 regencies and cities, 8,563 villages. */
	JAWA_TENGAH("jawa-tengah", "33"),
	/** All 38 provinces, 83,762 villages. */
	INDONESIA("indonesia", "");

	private final String key;
	private final String codePrefix;

	RegionDataset(String key, String codePrefix) {
		this.key = key;
		this.codePrefix = codePrefix;
	}

	public String key() {
		return key;
	}

	String codePrefix() {
		return codePrefix;
	}
}
