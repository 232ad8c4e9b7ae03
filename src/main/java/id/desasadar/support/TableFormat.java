package id.desasadar.support;

import java.util.Locale;

/**
 * The formats every table of the application can be downloaded in (issue #4, Exports): CSV for any tool,
 * XLSX for the spreadsheet most offices open. Addresses end in the format's extension ({@code .csv},
 * {@code .xlsx}).
 */
public enum TableFormat {

	CSV("text/csv;charset=UTF-8"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String mediaType;

	TableFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of an address's extension; {@code 404} for any other, as for an address that is not there. */
	public static TableFormat ofExtension(String extension) {
		for (TableFormat format : values()) {
			if (format.extension().equalsIgnoreCase(extension)) {
				return format;
			}
		}
		throw new NotFoundException("format", extension);
	}
}
