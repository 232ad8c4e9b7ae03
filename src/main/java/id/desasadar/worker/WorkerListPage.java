package id.desasadar.worker;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.Regions;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workers}: the workers in scope by name or NIK, a page at a time, the NIK masked for roles that do
 * not need it; and the village suggestions of the registration form. What is searched for never reaches an
 * address that the application makes (docs/security.md, Personal data in addresses).
 */
@Controller
class WorkerListPage {

	static final int SUGGESTIONS = 8;
	static final int DEFAULT_PAGE_SIZE = 20;

	private final WorkerSearch search;
	private final Regions regions;
	private final NikDisclosures disclosures;

	WorkerListPage(WorkerSearch search, Regions regions, NikDisclosures disclosures) {
		this.search = search;
		this.regions = regions;
		this.disclosures = disclosures;
	}

	/**
	 * The bookmarkable address of api.md, for a name ({@code /workers?q=budi}) or no query. A query with a digit
	 * is not run from an address: it is a NIK or part of one (or a phone number), which would stay in browser
	 * history, in proxy and access logs and in a {@code Referer}; the page opens again at {@code /workers}, the
	 * digits dropped, and asks to type them into the search box, which sends them in the body.
	 */
	@GetMapping("/workers")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String q,
			@SortDefault(sort = { "name", "id" }, direction = Sort.Direction.ASC) Pageable pageable, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		if (keptOutOfAddresses(q)) {
			redirect.addFlashAttribute("notFromAddress", true);
			return "redirect:/workers";
		}
		return show(q, pageable, viewer, model);
	}

	/**
	 * The search box and the paging of a search: the query travels in the body (CSRF token and all), never in
	 * an address, and the results are answered at once rather than redirected to an address that would carry it.
	 */
	@PostMapping("/workers")
	@Transactional(readOnly = true)
	String search(@RequestParam(required = false) String q,
			@SortDefault(sort = { "name", "id" }, direction = Sort.Direction.ASC) Pageable pageable, Viewer viewer,
			Model model) {
		return show(q, pageable, viewer, model);
	}

	/** Digits are what a NIK or a phone number is made of; a name has none. */
	static boolean keptOutOfAddresses(String q) {
		return q != null && q.chars().anyMatch(Character::isDigit);
	}

	private String show(String q, Pageable pageable, Viewer viewer, Model model) {
		String text = q == null ? "" : q.strip();
		Optional<String> nikProblem = WorkerSearch.nikProblem(viewer, text);
		boolean tooShort = nikProblem.isEmpty() && !text.isEmpty() && text.length() < WorkerSearch.MIN_QUERY_LENGTH;
		boolean throttled = false;
		WorkerSearch.Results results = new WorkerSearch.Results(Page.empty(pageable), false);
		if (!tooShort && nikProblem.isEmpty()) {
			try {
				results = search.search(viewer, null, text, pageable, "page /workers");
			}
			catch (TooManyNikSearchesException ex) {
				throttled = true;
			}
		}
		Page<WorkerView> page = results.page().map(worker -> WorkerView.of(worker, viewer, null));
		if (viewer.seesFullNik()) {
			disclosures.disclosedMany(viewer, "page /workers", WorkerApi.filter(null, text, pageable),
					page.getContent().stream().filter(worker -> !worker.nikMasked() && worker.nik() != null).count());
		}
		List<String> codes = page.getContent().stream().map(WorkerView::villageCode).distinct().toList();
		Map<String, String> villageNames = codes.isEmpty() ? Map.of()
				: regions.findByCodes(codes).stream().collect(Collectors.toMap(Region::getCode, Region::getName));
		model.addAttribute("q", text);
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("wholeNik", nikProblem.isPresent());
		model.addAttribute("nikSearchesLimited", throttled);
		model.addAttribute("capped", results.capped());
		model.addAttribute("minimum", WorkerSearch.MIN_QUERY_LENGTH);
		model.addAttribute("window", WorkerSearch.WINDOW);
		model.addAttribute("page", page);
		model.addAttribute("villageNames", villageNames);
		// With a query, the pages of the results are buttons of forms that carry it (workers/list.html); links,
		// which would carry it in their address, page only the unfiltered list.
		boolean customSize = pageable.getPageSize() != DEFAULT_PAGE_SIZE;
		model.addAttribute("customSize", customSize ? pageable.getPageSize() : null);
		model.addAttribute("pagingQuery", customSize ? "&size=" + pageable.getPageSize() : "");
		return "workers/list";
	}

	/** Villages in scope whose name or code starts with {@code villageSearch}, as buttons that fill in the code. */
	@GetMapping("/workers/villages")
	@Transactional(readOnly = true)
	String villages(@RequestParam(defaultValue = "") String villageSearch, Viewer viewer, Model model) {
		String prefix = villageSearch.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
		List<Region> found = prefix.length() < 2 ? List.of() : viewer.scopes().stream()
			.flatMap(scope -> regions.findByNameOrCodeStart(prefix, RegionLevel.VILLAGE, scope.value(), scope.upperBound(),
					Limit.of(SUGGESTIONS)).stream())
			.collect(Collectors.toMap(Region::getCode, Function.identity(), (a, b) -> a))
			.values().stream()
			.sorted(Comparator.comparing(Region::getName).thenComparing(Region::getCode))
			.limit(SUGGESTIONS)
			.toList();
		Map<String, String> districts = found.isEmpty() ? Map.of()
				: regions.findByCodes(found.stream().map(Region::getParentCode).distinct().toList()).stream()
					.collect(Collectors.toMap(Region::getCode, Region::getName));
		model.addAttribute("suggestions", found);
		model.addAttribute("districts", districts);
		model.addAttribute("searched", prefix.length() >= 2);
		return "workers/villages :: suggestions";
	}
}
