package id.desasadar.region;

/** A region as the API shows it: {@code {code, name, level, parentCode, kind}}. */
public record RegionView(String code, String name, RegionLevel level, String parentCode, VillageKind kind) {

	public static RegionView of(Region region) {
		return new RegionView(region.getCode(), region.getName(), region.getLevel(), region.getParentCode(),
				region.getKind());
	}
}
