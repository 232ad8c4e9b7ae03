package id.desasadar.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * api.md, Bulk import and export: {@code GET /api/v1/workers/export.csv?villageCode=} (or {@code .xlsx}), the
 * workers in scope in the columns of the import. A region out of scope is {@code 404}.
 */
@RestController
class WorkerExportApi {

	private final WorkerExport export;
	private final Regions regions;
	private final Clock clock;

	WorkerExportApi(WorkerExport export, Regions regions, Clock clock) {
		this.export = export;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/api/v1/workers/export.{format}")
	void export(@PathVariable String format, @RequestParam(required = false) String villageCode, Viewer viewer,
			HttpServletResponse response) {
		TableFormat tableFormat = TableFormat.ofExtension(format);
		List<RegionCode> under = viewer.scopes();
		String name = "peserta";
		if (villageCode != null && !villageCode.isBlank()) {
			String code = villageCode.strip();
			if (!RegionCode.isWellFormed(code) || !viewer.sees(code) || regions.findByCode(code).isEmpty()) {
				throw new NotFoundException("region", code);
			}
			under = List.of(new RegionCode(code));
			name += "-" + code;
		}
		TableWriter table = TableDownload.start(response, tableFormat, name + "-" + LocalDate.now(clock), "Peserta");
		table.row(WorkerSheet.headers());
		export.forEach(under, viewer, table::row);
		table.finish();
	}
}
