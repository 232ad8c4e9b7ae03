package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue #20 item 1: the coverage status windows are written once. No main source but {@link StatusWindows} compares
 * the month paid through by hand (in SQL: {@code paid_through >= ?}, {@code paid_through < ?}, and the like); every
 * query that counts or lists statuses asks {@link CoverageWindows} for its conditions, so a PU worker's month is
 * due by the 15th of the following month everywhere at once.
 */
class StatusWindowsOwnershipTest {

	static final Path MAIN = Path.of("src/main");

	/** A comparison of a {@code paid_through} column (any alias) with something, in SQL or in a Java string. */
	static final Pattern COMPARED = Pattern.compile("paid_through\\s*(>=|<=|<>|!=|>|<|=|\\bbetween\\b)",
			Pattern.CASE_INSENSITIVE);

	static final Path OWNER = MAIN.resolve("java/id/desasadar/enrollment/StatusWindows.java");

	@Test
	void noClassButTheOwnerComparesTheMonthPaidThrough() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")
						|| f.toString().endsWith(".html"))
				.toList()) {
				if (file.equals(OWNER)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (COMPARED.matcher(lines.get(i)).find()) {
						found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).as("status windows written by hand outside StatusWindows").isEmpty();
	}

	@Test
	void theOwnerIsFoundAndWritesTheWindows() throws IOException {
		// The scan must be able to fail: the owner itself matches.
		assertThat(Files.readString(OWNER)).containsPattern("paid_through\\b|paidThrough \\+ \" >= \"");
		assertThat(COMPARED.matcher("where e.paid_through >= ?").find()).isTrue();
		assertThat(COMPARED.matcher("filter (where paid_through < ? and paid_through >= ?)").find()).isTrue();
		assertThat(COMPARED.matcher("order by e.paid_through, w.name").find()).isFalse();
	}
}
