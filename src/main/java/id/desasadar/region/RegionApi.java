package id.desasadar.region;

import java.util.List;

import id.desasadar.support.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The official regions: reference data that every signed-in account may read. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

	private final Regions regions;

	RegionApi(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/{code}")
	RegionView region(@PathVariable String code) {
		return RegionView.of(regions.findByCode(code).orElseThrow(() -> new NotFoundException("region", code)));
	}

	@GetMapping("/{code}/children")
	List<RegionView> children(@PathVariable String code) {
		Region parent = regions.findByCode(code).orElseThrow(() -> new NotFoundException("region", code));
		return regions.findByParentCodeOrderByCode(parent.getCode()).stream().map(RegionView::of).toList();
	}
}
