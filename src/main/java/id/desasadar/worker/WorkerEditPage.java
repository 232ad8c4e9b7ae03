package id.desasadar.worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /workers/{id}/edit}: corrects a worker's data from a page (issue #17, item 2), through the API's own
 * correction ({@link WorkerRegistry#correct}) with its version check: a second officer who changed the worker
 * meanwhile is named, nothing is overwritten. Every change is in the audit trail (V9's triggers).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class WorkerEditPage {

	static final List<String> FIELDS = List.of("nik", "name", "birthDate", "sex", "phone", "villageCode", "address",
			"occupation", "segment", "sector", "employerSize", "riskClass", "monthlyIncome", "villageRole", "version");

	private final Workers workers;
	private final WorkerRegistry registry;
	private final ApiProblems problems;
	private final NikDisclosures disclosures;

	WorkerEditPage(Workers workers, WorkerRegistry registry, ApiProblems problems, NikDisclosures disclosures) {
		this.workers = workers;
		this.registry = registry;
		this.problems = problems;
		this.disclosures = disclosures;
	}

	@GetMapping("/workers/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		Worker worker = workers.findVisible(id, viewer);
		fill(model, worker, viewer, formOf(worker), Map.of(), null);
		return "workers/edit";
	}

	@PostMapping("/workers/{id}/edit")
	String save(@PathVariable long id, @RequestParam Map<String, String> params, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		Map<String, String> form = new LinkedHashMap<>();
		FIELDS.forEach(field -> form.put(field, params.getOrDefault(field, "")));
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			registry.correct(id, request(form, errors), viewer);
			redirect.addFlashAttribute("corrected", true);
			return "redirect:/workers/" + id;
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
			response.setStatus(400);
			fill(model, worker, viewer, form, errors, null);
		}
		catch (ProblemException ex) {
			// 409 stale-version or duplicate-nik, 422 worker-anonymised: said above the form, nothing saved
			response.setStatus(ex.status().value());
			fill(model, worker, viewer, form, errors, problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
		}
		return "workers/edit";
	}

	/** The request as the API takes it; numbers that are not whole numbers are named beside their field. */
	private WorkerRequest request(Map<String, String> form, Map<String, String> errors) {
		return new WorkerRequest(form.get("nik"), form.get("name"), form.get("birthDate"), form.get("sex"),
				form.get("phone"), form.get("villageCode"), form.get("address"), form.get("occupation"),
				form.get("segment"), form.get("sector"), blankToNull(form.get("employerSize")),
				number(form, "riskClass", errors), number(form, "monthlyIncome", errors), form.get("villageRole"), true,
				number(form, "version", errors));
	}

	private Long number(Map<String, String> form, String field, Map<String, String> errors) {
		String text = form.get(field) == null ? "" : form.get(field).replaceAll("[.\\s]", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, problems.message("workers.field.whole-number", "a whole number"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	static Map<String, String> formOf(Worker worker) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nik", worker.getNik() == null ? "" : worker.getNik().value());
		form.put("name", worker.getName());
		form.put("birthDate", String.valueOf(worker.getBirthDate()));
		form.put("sex", worker.getSex().name());
		form.put("phone", worker.getPhone() == null ? "" : worker.getPhone().national());
		form.put("villageCode", worker.getVillageCode());
		form.put("address", worker.getAddress() == null ? "" : worker.getAddress());
		form.put("occupation", worker.getOccupation() == null ? "" : worker.getOccupation());
		form.put("segment", worker.getSegment().name());
		form.put("sector", worker.getSector().name());
		form.put("employerSize", worker.getEmployerSize() == null ? "" : worker.getEmployerSize().name());
		form.put("riskClass", worker.getRiskClass() == null ? "" : String.valueOf(worker.getRiskClass()));
		form.put("monthlyIncome", String.valueOf(worker.getMonthlyIncome()));
		form.put("villageRole", worker.getVillageRole().name());
		form.put("version", String.valueOf(worker.getVersion()));
		return form;
	}

	private void fill(Model model, Worker worker, Viewer viewer, Map<String, String> form, Map<String, String> errors,
			String problem) {
		disclosures.disclosed(viewer, worker, "page /workers/" + worker.getId() + "/edit");
		model.addAttribute("workerId", worker.getId());
		model.addAttribute("workerName", worker.getName());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("segments", Segment.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("employerSizes", EmployerSize.values());
		model.addAttribute("villageRoles", VillageRole.values());
	}
}
