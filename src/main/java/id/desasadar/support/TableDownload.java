package id.desasadar.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Starts a table download: the response's type and file name, then a writer straight into the response, so
 * that rows go out while they are read. Check scope and input before: once started, the answer is a file.
 */
public final class TableDownload {

	private TableDownload() {
	}

	/** {@code baseName} without extension, e.g. {@code tindak-lanjut-33.26-2026-11-22}. */
	public static TableWriter start(HttpServletResponse response, TableFormat format, String baseName, String title) {
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(baseName + "." + format.extension()).build().toString());
		try {
			return TableWriter.open(format, response.getOutputStream(), title);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
