package id.desasadar.region;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code {@code PP.KK.CC.NNNN} at any level (domain.md, Regions). Segments have fixed
 * widths, so one code lies under another exactly when it starts with it. Serializable, as the scopes of a
 * signed-in account kept in a page session (in PostgreSQL); a record is read back through its constructor, so
 * a stored code is checked again.
 */
public record RegionCode(String value) implements Serializable {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

	public RegionCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a region code: " + value);
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	public RegionLevel level() {
		return switch (value.length()) {
			case 2 -> RegionLevel.PROVINCE;
			case 5 -> RegionLevel.REGENCY;
			case 8 -> RegionLevel.DISTRICT;
			default -> RegionLevel.VILLAGE;
		};
	}

	/** Whether {@code other} is this region or lies under it. */
	public boolean contains(String other) {
		return other != null && other.startsWith(value);
	}

	/**
	 * The exclusive upper bound of the codes under this one in "C" collation order: '/' follows '.', and
	 * only '.' can follow a complete code. Queries use {@code code >= value and code < upperBound}, which a
	 * btree index serves even in a generic plan, unlike {@code like ?}.
	 */
	public String upperBound() {
		return value + "/";
	}

	@Override
	public String toString() {
		return value;
	}
}
