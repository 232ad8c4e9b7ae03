/**
 * Bulk import of sign-up sheets and payment reports (issue #5), CSV or XLSX, run in the background in
 * chunks with exact progress, and the export of workers in the same columns.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "enrollment", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "import_job", "import_error", "import_file_part" })
package id.desasadar.imports;
