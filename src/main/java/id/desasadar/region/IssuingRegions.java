package id.desasadar.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The province and regency codes of the official list shipped with the application (the national file that
 * {@link RegionLoader} loads from), whichever part of it the database holds: a NIK issued in Jawa Timur is
 * checked against Jawa Timur's codes even when only Jawa Tengah is loaded. 38 provinces and 514 regencies,
 * read once, on first use, from the classpath.
 */
public final class IssuingRegions {

	private static final class Codes {

		static final Set<String> KNOWN = read();
	}

	private IssuingRegions() {
	}

	/** Whether the official list has a province or regency of this code ({@code 33}, {@code 33.26}). */
	public static boolean exists(String provinceOrRegencyCode) {
		return Codes.KNOWN.contains(provinceOrRegencyCode);
	}

	private static Set<String> read() {
		Set<String> codes = new HashSet<>();
		try (InputStream file = IssuingRegions.class.getClassLoader().getResourceAsStream(RegionLoader.SOURCE);
				BufferedReader lines = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(file), StandardCharsets.UTF_8))) {
			lines.readLine(); // the header
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int comma = line.indexOf(',');
				// a province (33) or a regency (33.26): the codes of two segments at most
				if (comma == 2 || comma == 5) {
					codes.add(line.substring(0, comma));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RegionLoader.SOURCE, ex);
		}
		return Set.copyOf(codes);
	}
}
