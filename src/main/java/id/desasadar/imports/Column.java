package id.desasadar.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column an import understands: the JSON field name of the API (api.md), which is also the English header,
 * the Indonesian header of the template, and other headers offices write. Headers match whatever their case,
 * spaces and punctuation.
 */
record Column(String field, String header, boolean required, List<String> aliases) {

	Column(String field, String header, boolean required, String... aliases) {
		this(field, header, required, List.of(aliases));
	}

	boolean matches(String text) {
		String key = key(text);
		return key.equals(key(field)) || key.equals(key(header)) || aliases.stream().anyMatch(alias -> key.equals(key(alias)));
	}

	/** "Tanggal Lahir", "tanggal_lahir" and "TANGGAL-LAHIR" are one header. */
	static String key(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
