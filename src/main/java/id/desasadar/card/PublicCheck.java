package id.desasadar.card;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /v/{code}}, the public check a card's QR code opens (api.md, Payments and proof): no sign-in; it shows only
 * the first name, the masked NIK, the programs, the status and the month covered through. An unknown code, or one
 * of an anonymised worker, is the 404 page; too many requests from one address a 429 page. Not cached, not indexed.
 */
@Controller
class PublicCheck {

	private final ParticipantCards cards;
	private final CheckThrottle throttle;

	PublicCheck(ParticipantCards cards, CheckThrottle throttle) {
		this.cards = cards;
		this.throttle = throttle;
	}

	@GetMapping("/v/{code}")
	String check(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		if (!throttle.allows(request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttle.retryAfterSeconds()));
			return "card/too-many";
		}
		return cards.check(code).map(card -> {
			model.addAttribute("card", card);
			model.addAttribute("firstName", card.firstName());
			return "card/check";
		}).orElseGet(() -> {
			response.setStatus(404);
			return "card/unknown";
		});
	}
}
