package id.desasadar.account;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /account/password}: every signed-in person changes their own password. The change ends the
 * account's other sessions ({@link StaleSessions}); this one goes on under a new session id.
 */
@Controller
class PasswordPage {

	private final OwnPassword ownPassword;
	private final AccountDetails accounts;
	private final ApiProblems problems;
	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	PasswordPage(OwnPassword ownPassword, AccountDetails accounts, ApiProblems problems) {
		this.ownPassword = ownPassword;
		this.accounts = accounts;
		this.problems = problems;
	}

	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordPolicy.MINIMUM_LENGTH;
	}

	@GetMapping("/account/password")
	String form() {
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(OwnPassword.Form form, Viewer viewer, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			ownPassword.change(viewer.username(), form);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			return "accounts/password";
		}
		keepThisSession(viewer.username(), request, response);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/account/password";
	}

	/** The session's principal at the account's new version, under a new session id. */
	private void keepThisSession(String username, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = ((AccountPrincipal) accounts.loadUserByUsername(username)).withoutPassword();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		sessions.saveContext(context, request, response);
	}
}
