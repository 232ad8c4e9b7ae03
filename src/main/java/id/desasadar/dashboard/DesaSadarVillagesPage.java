package id.desasadar.dashboard;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;
import id.desasadar.support.NotFoundException;
import id.desasadar.village.ReadyVillages;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * {@code /dashboard/villages?region=&state=ready|declared}: the villages of a region that the dashboard counts
 * as ready for Desa Sadar, or as declared, each linking to its page.
 */
@Controller
class DesaSadarVillagesPage {

	static final int PAGE_SIZE = 50;

	private final VisibleRegions visibleRegions;
	private final Regions regions;
	private final ReadyVillages villages;

	DesaSadarVillagesPage(VisibleRegions visibleRegions, Regions regions, ReadyVillages villages) {
		this.visibleRegions = visibleRegions;
		this.regions = regions;
		this.villages = villages;
	}

	@GetMapping("/dashboard/villages")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String villages(@RequestParam(required = false) String region, @RequestParam(defaultValue = "ready") String state,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		if (!state.equals("ready") && !state.equals("declared")) {
			throw new NotFoundException("state", state);
		}
		Region shown = visibleRegions.findOrFirstScope(region, viewer);
		model.addAttribute("region", shown);
		model.addAttribute("viewer", viewer);
		model.addAttribute("parents", regions.findAncestors(shown.getCode()));
		model.addAttribute("state", state);
		model.addAttribute("villages", villages.list(new RegionCode(shown.getCode()), state.equals("declared"),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("pagingQuery",
				"&region=" + UriUtils.encodeQueryParam(shown.getCode(), "UTF-8") + "&state=" + state);
		return "dashboard/villages";
	}
}
