package id.desasadar.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.ConflictException;
import id.desasadar.support.InvalidInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin/accounts} (api.md, Pages), for administrators: the accounts they manage, a page at a time
 * and searchable; a form to create one; and an account's page to change its role and scopes, disable or
 * enable it and reset its password. Two administrators changing one account at once: the second is told.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountPages {

	private final AccountAdministration administration;
	private final ApiProblems problems;
	private final AccessTokens tokens;
	private final Clock clock;

	AccountPages(AccountAdministration administration, ApiProblems problems, AccessTokens tokens, Clock clock) {
		this.administration = administration;
		this.problems = problems;
		this.tokens = tokens;
		this.clock = clock;
	}

	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordPolicy.MINIMUM_LENGTH;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Viewer admin,
			Model model) {
		return listPage(q, page, admin, model);
	}

	@PostMapping("/admin/accounts")
	String create(AccountForm form, Viewer admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AccountView created;
		try {
			created = administration.create(form, admin);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			model.addAttribute("accountForm", new AccountForm(form.username(), form.displayName(), form.role(),
					form.scopes(), "", null));
			return listPage(null, 0, admin, model);
		}
		redirect.addFlashAttribute("flash", "accounts.created");
		return "redirect:/admin/accounts/" + created.id();
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, Viewer admin, Model model) {
		return accountPage(id, admin, model);
	}

	@PostMapping("/admin/accounts/{id}")
	String change(@PathVariable long id, AccountForm form, Viewer admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> administration.change(id, form, admin), "accounts.changed", id, admin, model, response,
				redirect, form);
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, @RequestParam(required = false) Long version,
			Viewer admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return attempt(() -> administration.enable(id, enabled, version, admin),
				enabled ? "accounts.enabled" : "accounts.disabled", id, admin, model, response, redirect, null);
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
			@RequestParam(required = false) Long version, Viewer admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> administration.resetPassword(id, password, version, admin), "accounts.password-reset", id,
				admin, model, response, redirect, null);
	}

	/**
	 * Runs a change; bad fields show beside the fields as typed, a stale version (checked, or lost in a race
	 * at the update) shows what is stored now with a message to redo the change.
	 */
	private String attempt(Runnable change, String flash, long id, Viewer admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect, AccountForm typed) {
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			if (typed != null) {
				model.addAttribute("accountForm", typed);
			}
			return accountPage(id, admin, model);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			response.setStatus(409);
			model.addAttribute("stale", true);
			return accountPage(id, admin, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/admin/accounts/" + id;
	}

	private String listPage(String q, int page, Viewer admin, Model model) {
		String search = q == null ? "" : q.strip();
		model.addAttribute("q", search);
		model.addAttribute("accounts", administration.list(search, page, admin));
		model.addAttribute("pagingQuery", search.isEmpty() ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", AccountForm.blank());
		}
		return "accounts/list";
	}

	private String accountPage(long id, Viewer admin, Model model) {
		AccountView account = administration.find(id, admin);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("self", account.username().equals(admin.username()));
		// the account's personal access tokens, each with a revoke button (AccessTokenPages)
		model.addAttribute("tokens", tokens.of(account.id(), PageRequest.of(0, AccessTokenPages.LISTED)).getContent());
		model.addAttribute("zone", clock.getZone());
		if (!model.containsAttribute("accountForm") || Boolean.TRUE.equals(model.getAttribute("stale"))) {
			model.addAttribute("accountForm", AccountForm.of(account));
		}
		return "accounts/show";
	}
}
