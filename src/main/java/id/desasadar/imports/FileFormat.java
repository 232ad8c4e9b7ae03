package id.desasadar.imports;

/** The formats an upload may have; told from the file's first bytes, not from its name. */
enum FileFormat {
	CSV, XLSX
}
