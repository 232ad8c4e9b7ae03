package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upload looked at before anything is stored: its format told from its first bytes (a zip is an XLSX,
 * text is CSV, anything else is refused) and checked against its name, then read once through, so that a
 * file with the wrong encoding, a broken quote, unknown or missing columns, no rows or a zip bomb is refused
 * at once with the reason, and nothing is half-done. Answers the format, the SHA-256 and the number of rows.
 */
final class UploadedFile {

	/** What the check found. */
	record Checked(FileFormat format, String sha256, int rows) {
	}

	/** Opens the upload's content again, as many times as needed. */
	interface Content {
		InputStream open() throws IOException;
	}

	private static final List<byte[]> BINARY_SIGNATURES = List.of(
			new byte[] { (byte) 0x89, 'P', 'N', 'G' }, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
			new byte[] { 'G', 'I', 'F', '8' }, new byte[] { '%', 'P', 'D', 'F' },
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });

	private UploadedFile() {
	}

	static Checked check(String fileName, Content content, List<Column> columns) {
		try {
			FileFormat format = formatOf(fileName, content);
			AtomicInteger rows = new AtomicInteger();
			try (InputStream in = content.open()) {
				read(format, in, columns, (header, row) -> rows.incrementAndGet());
			}
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(content.open(), sha)) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			if (rows.get() == 0) {
				throw new UnreadableFile("import.file.empty");
			}
			return new Checked(format, HexFormat.of().formatHex(sha.digest()), rows.get());
		}
		catch (IOException ex) {
			throw new UnreadableFile("import.file.unreadable");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The data rows of a file of a known format, blank rows and notes skipped, after the header has been checked. */
	interface RowHandler {
		void row(Header header, SheetRow row);
	}

	static void read(FileFormat format, InputStream in, List<Column> columns, RowHandler handler) throws IOException {
		Header[] header = new Header[1];
		java.util.function.Consumer<SheetRow> rows = row -> {
			if (header[0] == null) {
				header[0] = Header.of(row, columns);
			}
			else if (!row.blank() && !row.note()) {
				handler.row(header[0], row);
			}
		};
		if (format == FileFormat.CSV) {
			new CsvSheet(in).read(rows);
		}
		else {
			// OPCPackage reads a file with random access; from a stream it would hold every part in memory.
			Path copy = Files.createTempFile("desa-sadar-import-", ".xlsx");
			try {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				new XlsxSheet(copy).read(rows);
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		if (header[0] == null) {
			throw new UnreadableFile("import.file.empty");
		}
	}

	private static FileFormat formatOf(String fileName, Content content) throws IOException {
		byte[] head;
		try (InputStream in = content.open()) {
			head = in.readNBytes(4096);
		}
		boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean binary = BINARY_SIGNATURES.stream().anyMatch(signature -> startsWith(head, signature));
		for (byte b : head) {
			binary |= b == 0;
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean namedXlsx = name.endsWith(".xlsx");
		boolean namedCsv = name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv");
		if (!namedXlsx && !namedCsv) {
			throw new UnreadableFile("import.file.type");
		}
		if (zip) {
			if (!namedXlsx) {
				throw new UnreadableFile("import.file.mismatch-xlsx");
			}
			return FileFormat.XLSX;
		}
		if (binary) {
			throw new UnreadableFile(namedXlsx ? "import.file.not-xlsx" : "import.file.binary");
		}
		if (namedXlsx) {
			throw new UnreadableFile("import.file.mismatch-csv");
		}
		return FileFormat.CSV;
	}

	private static boolean startsWith(byte[] head, byte[] signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (head[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
