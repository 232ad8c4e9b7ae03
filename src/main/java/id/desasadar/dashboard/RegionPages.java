package id.desasadar.dashboard;

import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The region browser (api.md, Pages: {@code /regions/{code}}): a region with its figures, its children with
 * theirs, each linking one level down, and a search by name or code under the region. A village is shown by
 * its own page; a region out of scope is the 404 page.
 */
@Controller
class RegionPages {

	static final int SEARCH_PAGE_SIZE = 20;

	private final Regions regions;
	private final VisibleRegions visibleRegions;
	private final CoverageFigures figures;

	RegionPages(Regions regions, VisibleRegions visibleRegions, CoverageFigures figures) {
		this.regions = regions;
		this.visibleRegions = visibleRegions;
		this.figures = figures;
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		Region region = visibleRegions.find(code, viewer);
		if (region.isVillage()) {
			return "redirect:/villages/" + region.getCode();
		}
		model.addAttribute("region", region);
		model.addAttribute("viewer", viewer);
		model.addAttribute("parents", regions.findAncestors(region.getCode()));
		model.addAttribute("report", figures.report(region, CoverageFilter.NONE));
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		if (!text.isEmpty()) {
			RegionCode under = new RegionCode(region.getCode());
			model.addAttribute("matches", regions.searchUnder(under.value(), under.upperBound(), likePrefix(text),
					PageRequest.of(Math.max(page, 0), SEARCH_PAGE_SIZE)));
			model.addAttribute("pagingQuery", "&q=" + UriUtils.encodeQueryParam(text, "UTF-8"));
		}
		return "regions/show";
	}

	/** What a user typed, as the start of a LIKE pattern: lower case, its wildcards taken literally. */
	static String likePrefix(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
