package id.desasadar.privacy;

import id.desasadar.account.Viewer;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.Worker;
import id.desasadar.worker.Workers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /workers/{id}/data}: a worker's own data as a JSON file, for staff answering the worker's request;
 * {@code /workers/{id}/anonymise}: an administrator makes a worker who left unidentifiable, after confirming.
 */
@Controller
class PersonalDataPages {

	private final PersonalData personalData;
	private final Workers workers;
	private final JsonMapper json;

	PersonalDataPages(PersonalData personalData, Workers workers, JsonMapper json) {
		this.personalData = personalData;
		this.workers = workers;
		this.json = json;
	}

	@GetMapping("/workers/{id}/data")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<byte[]> data(@PathVariable long id, Viewer viewer) {
		byte[] body = json.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(personalData.export(id, viewer, "page /workers/" + id + "/data"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("data-peserta-" + id + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/workers/{id}/anonymise")
	@PreAuthorize("hasRole('ADMIN')")
	String confirm(@PathVariable long id, Viewer viewer, Model model) {
		Worker worker = workers.findVisible(id, viewer);
		model.addAttribute("worker", worker);
		model.addAttribute("problem", null);
		return "privacy/anonymise";
	}

	@PostMapping("/workers/{id}/anonymise")
	@PreAuthorize("hasRole('ADMIN')")
	String anonymise(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		if (!confirmed) {
			response.setStatus(400);
			model.addAttribute("worker", worker);
			model.addAttribute("problem", "privacy.anonymise.confirm-required");
			return "privacy/anonymise";
		}
		try {
			personalData.anonymise(id, version, viewer);
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("worker", workers.findVisible(id, viewer));
			model.addAttribute("problem", ex.messageKey());
			return "privacy/anonymise";
		}
		redirect.addFlashAttribute("anonymised", true);
		return "redirect:/workers/" + id;
	}
}
