package id.desasadar.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checks of an upload before anything is stored, and the CSV reader's line numbers. */
class UploadedFileUnitTest {

	static final String HEADER = "nik,nama,tanggal lahir,jenis kelamin,kode desa,segmen,sektor,penghasilan bulanan,persetujuan\n";

	/** A stream as a servlet container gives it: reading after close fails. */
	static InputStream strict(byte[] bytes) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {
			boolean closed;

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (closed) {
					throw new IOException("Stream closed");
				}
				return super.read(b, off, len);
			}

			@Override
			public void close() {
				closed = true;
			}
		};
	}

	@Test
	void countsTheRowsOfAStreamThatCannotBeReadOnceClosed() {
		byte[] file = (HEADER + "1,a,b,c,d,e,f,g,h\n\n2,a,b,c,d,e,f,g,h\n").getBytes(StandardCharsets.UTF_8);
		UploadedFile.Checked checked = UploadedFile.check("a.csv", () -> strict(file), WorkerSheet.COLUMNS);
		assertThat(checked.rows()).isEqualTo(2);
		assertThat(checked.format()).isEqualTo(FileFormat.CSV);
		assertThat(checked.sha256()).hasSize(64);
	}

	@Test
	void numbersRowsByTheLineTheyStartOn() throws IOException {
		List<SheetRow> rows = new ArrayList<>();
		new CsvSheet(new ByteArrayInputStream("a;b\r\n1;\"x\r\ny\"\r\n2;\"he said \"\"hi\"\"\"\r\n".getBytes(StandardCharsets.UTF_8)))
			.read(rows::add);
		assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 4);
		assertThat(rows.get(1).cells()).containsExactly("1", "x\ny");
		assertThat(rows.get(2).cells()).containsExactly("2", "he said \"hi\"");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> UploadedFile.check("a.csv", () -> strict(HEADER.getBytes(StandardCharsets.UTF_8)),
				WorkerSheet.COLUMNS)).isInstanceOf(UnreadableFile.class).extracting(e -> ((UnreadableFile) e).reason())
			.isEqualTo("import.file.empty");
	}
}
