package id.desasadar.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.ConflictException;
import id.desasadar.support.InvalidInputException;

import org.springframework.data.domain.PageRequest;
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
 * {@code /account/tokens}: every signed-in person lists, creates and revokes their own personal access tokens. A
 * new token asks for the current password (a session left open on a shared computer must not be enough to hand
 * out a credential that outlives it), and its secret is shown once, on the answer to the creation itself, never
 * kept in the session. An administrator revokes an account's tokens from the account's page.
 */
@Controller
class AccessTokenPages {

	/** The tokens a page lists: more than an account may hold active ({@link AccessTokens#MAX_ACTIVE}). */
	static final int LISTED = 100;

	private final AccessTokens tokens;
	private final OwnPassword passwords;
	private final AccountAdministration administration;
	private final ApiProblems problems;
	private final Clock clock;

	AccessTokenPages(AccessTokens tokens, OwnPassword passwords, AccountAdministration administration, ApiProblems problems,
			Clock clock) {
		this.tokens = tokens;
		this.passwords = passwords;
		this.administration = administration;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(Viewer viewer, Model model) {
		return page(viewer, AccessTokenForm.blank(), model);
	}

	@PostMapping("/account/tokens")
	String create(AccessTokenForm form, @RequestParam(required = false) String currentPassword, Viewer viewer,
			Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		AccountChecks password = new AccountChecks();
		passwords.confirm(viewer.username(), currentPassword, "currentPassword", password);
		try {
			password.throwIfAny();
		}
		catch (InvalidInputException ex) {
			errors.putAll(problems.fieldMessages(ex));
		}
		try {
			AccessTokenForm.Checked checked = form.checked();
			if (errors.isEmpty()) {
				CreatedAccessToken created = tokens.create(tokens.accountOf(viewer), checked);
				// the secret is on this answer only: no copy in a cache, none in the session
				response.setHeader("Cache-Control", "no-store");
				model.addAttribute("created", created);
				return page(viewer, AccessTokenForm.blank(), model);
			}
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("tooMany", AccessTokens.MAX_ACTIVE);
			return page(viewer, form, model);
		}
		response.setStatus(400);
		model.addAttribute("errors", errors);
		return page(viewer, form, model);
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(@PathVariable long tokenId, Viewer viewer, RedirectAttributes redirect) {
		tokens.revoke(tokens.accountOf(viewer), tokenId, viewer.username());
		redirect.addFlashAttribute("flash", "tokens.revoked");
		return "redirect:/account/tokens";
	}

	/** From the account's page ({@code /admin/accounts/{id}}), within the administrator's scope. */
	@PostMapping("/admin/accounts/{id}/tokens/{tokenId}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	String revokeOfAccount(@PathVariable long id, @PathVariable long tokenId, Viewer admin, RedirectAttributes redirect) {
		tokens.revoke(administration.find(id, admin).id(), tokenId, admin.username());
		redirect.addFlashAttribute("flash", "tokens.revoked");
		return "redirect:/admin/accounts/" + id;
	}

	private String page(Viewer viewer, AccessTokenForm form, Model model) {
		model.addAttribute("tokens", tokens.of(tokens.accountOf(viewer), PageRequest.of(0, LISTED)).getContent());
		model.addAttribute("tokenForm", form);
		model.addAttribute("scopes", AccessTokenScope.values());
		model.addAttribute("lifetimes", new int[] { 7, 30, 90, 180, 365 });
		model.addAttribute("zone", clock.getZone());
		return "accounts/tokens";
	}
}
