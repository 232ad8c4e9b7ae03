package id.desasadar.imports;

import java.util.List;

/**
 * The columns of the agency's list of participant numbers (api.md, Payments and proof): whose (the NIK) and the
 * participant number (KPJ) the agency's core system gave, under the headers its exports and offices use.
 */
final class ParticipantNumberSheet {

	static final List<Column> COLUMNS = List.of(
			new Column("nik", "NIK", true, "nomor induk kependudukan"),
			new Column("participantNumber", "nomor peserta", true, "KPJ", "nomor KPJ", "no KPJ", "no peserta",
					"nomor kartu peserta", "participant number"));

	static final List<String> EXAMPLE = List.of("3326125203850001", "19012345678");

	private ParticipantNumberSheet() {
	}

	static List<String> headers() {
		return COLUMNS.stream().map(Column::header).toList();
	}
}
