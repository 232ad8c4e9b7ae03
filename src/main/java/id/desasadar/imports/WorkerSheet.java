package id.desasadar.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.desasadar.enrollment.EnrollmentRequest;
import id.desasadar.enrollment.RegistrationForm;
import id.desasadar.support.FieldChecks;
import id.desasadar.worker.WorkerRequest;

/**
 * The columns of a sign-up sheet, those of {@code POST /api/v1/workers} and an optional enrollment
 * ({@code programs}, {@code payer}, {@code sponsorName}, {@code eventId}), and how a row becomes the requests
 * the API would receive. Only the spelling is translated here (L/P, "ya", 21/08/2019, "Rp 1.000.000"): every
 * rule is the API's own, checked by the worker and enrollment modules.
 */
final class WorkerSheet {

	static final List<Column> COLUMNS = List.of(
			new Column("nik", "NIK", true, "nomor induk kependudukan"),
			new Column("name", "nama", true, "nama lengkap"),
			new Column("birthDate", "tanggal lahir", true, "tgl lahir"),
			new Column("sex", "jenis kelamin", true, "jk", "gender"),
			new Column("phone", "nomor HP", false, "telepon", "no hp", "hp", "nomor telepon", "whatsapp"),
			new Column("villageCode", "kode desa", true, "kode wilayah desa"),
			new Column("address", "alamat", false),
			new Column("occupation", "pekerjaan", false),
			new Column("segment", "segmen", true),
			new Column("sector", "sektor", true),
			new Column("employerSize", "skala pemberi kerja", false, "skala usaha"),
			new Column("riskClass", "kelas risiko", false),
			new Column("monthlyIncome", "penghasilan bulanan", true, "penghasilan", "income"),
			new Column("villageRole", "peran di desa", false, "peran"),
			new Column("consent", "persetujuan", true, "setuju"),
			new Column("programs", "program", false),
			new Column("payer", "pembayar", false, "pembayar iuran"),
			new Column("sponsorName", "nama sponsor", false, "sponsor"),
			new Column("eventId", "id acara", false, "acara", "kegiatan", "event"));

	/** A filled-in example row of the template. */
	static final List<String> EXAMPLE = List.of("3326125203850001", "Siti Contoh", "1985-03-12", "P", "0812-3456-7890",
			"33.26.12.2008", "RT 01 RW 02", "Penjual nasi goreng", "BPU", "Perdagangan", "", "", "1000000", "Warga", "ya",
			"JKK; JKM", "Peserta sendiri", "", "");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	private WorkerSheet() {
	}

	static List<String> headers() {
		return COLUMNS.stream().map(Column::header).toList();
	}

	/** The worker as the API would receive it; a field that cannot be read is reported in {@code checks}. */
	static WorkerRequest worker(Header header, SheetRow row, FieldChecks checks, ImportChoices choices) {
		return new WorkerRequest(header.value(row, "nik"), header.value(row, "name"), date(header.value(row, "birthDate")),
				choices.code("sex", sex(header.value(row, "sex"))), header.value(row, "phone"),
				header.value(row, "villageCode"), header.value(row, "address"), header.value(row, "occupation"),
				choices.code("segment", header.value(row, "segment")), choices.code("sector", header.value(row, "sector")),
				choices.code("employerSize", header.value(row, "employerSize")),
				number("riskClass", header.value(row, "riskClass"), checks),
				number("monthlyIncome", header.value(row, "monthlyIncome"), checks),
				choices.code("villageRole", header.value(row, "villageRole")), consent(header.value(row, "consent")), null);
	}

	/** Whether the row asks for an enrollment: a program is named. */
	static boolean enrolls(Header header, SheetRow row) {
		String programs = header.value(row, "programs");
		return programs != null && !programs.isBlank();
	}

	static EnrollmentRequest enrollment(Header header, SheetRow row, FieldChecks checks, ImportChoices choices) {
		// "Jaminan Kecelakaan Kerja; Jaminan Kematian" by their labels, "JKK, JKM" or "JKK JKM" by their codes.
		List<String> programs = new ArrayList<>();
		for (String part : header.value(row, "programs").split("[;,/]+")) {
			String code = choices.code("programs", part.strip());
			if (!code.equals(part.strip())) {
				programs.add(code);
			}
			else {
				Arrays.stream(part.split("\\s+")).filter(p -> !p.isBlank()).map(p -> choices.code("programs", p))
					.forEach(programs::add);
			}
		}
		return new EnrollmentRequest(programs, choices.code("payer", header.value(row, "payer")), header.value(row, "sponsorName"),
				number("eventId", header.value(row, "eventId"), checks), null);
	}

	/** 21/08/2019 as offices type it becomes 2019-08-21; anything else goes to the API's check as it is. */
	static String date(String text) {
		if (text == null || !text.contains("/")) {
			return text;
		}
		try {
			return LocalDate.parse(text.strip(), DAY_MONTH_YEAR).toString();
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	static String sex(String text) {
		if (text == null) {
			return null;
		}
		return switch (Column.key(text)) {
			case "l", "lk", "lakilaki", "pria", "m" -> "MALE";
			case "p", "pr", "perempuan", "wanita", "f" -> "FEMALE";
			default -> text;
		};
	}

	static Boolean consent(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "ya", "y", "yes", "true", "1", "setuju", "v", "✓" -> true;
			default -> false;
		};
	}

	/** Money and counts as people write them ("Rp 1.000.000"); a problem of the field when unreadable. */
	static Long number(String field, String text, FieldChecks checks) {
		try {
			return RegistrationForm.wholeRupiah(text);
		}
		catch (NumberFormatException ex) {
			checks.add(field, "workers.field.whole-number");
			return null;
		}
	}
}
