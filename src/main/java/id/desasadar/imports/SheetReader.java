package id.desasadar.imports;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads an uploaded table one row at a time, header first, so that memory does not grow with the file.
 * A file that cannot be read throws {@link UnreadableFile} with the reason for the user.
 */
interface SheetReader {

	void read(Consumer<SheetRow> rows) throws IOException;
}
