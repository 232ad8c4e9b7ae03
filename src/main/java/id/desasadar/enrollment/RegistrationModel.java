package id.desasadar.enrollment;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.RegistrationForms.Check;
import id.desasadar.worker.Sex;
import id.desasadar.worker.VillageRole;

import org.springframework.ui.Model;

/**
 * What the registration fields (templates/workers/fields.html) read from the model, for the registration
 * page, the booth and the checks of single fields alike.
 */
public final class RegistrationModel {

	private static final Check NOTHING_CHECKED = new Check(Map.of(), null, List.of());

	private RegistrationModel() {
	}

	public static void fill(Model model, RegistrationForms desk, RegistrationForm form, Check check, Viewer viewer) {
		Check shown = check == null ? NOTHING_CHECKED : check;
		model.addAttribute("form", form);
		model.addAttribute("errors", shown.errors());
		model.addAttribute("duplicateOf", shown.duplicateOf());
		model.addAttribute("nikWarnings", shown.nikWarnings());
		model.addAttribute("plan", desk.plan(form));
		model.addAttribute("villageLabel", desk.villageLabel(form.getVillageCode(), viewer).orElse(null));
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("segments", Segment.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("employerSizes", EmployerSize.values());
		model.addAttribute("riskClasses", IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList());
		model.addAttribute("villageRoles", VillageRole.values());
		model.addAttribute("payers", Payer.values());
		// for the page's script, which quotes on the phone from the same rules (js/quote.js)
		model.addAttribute("script", desk.script());
	}
}
