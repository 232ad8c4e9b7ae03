package id.desasadar.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.support.PdfBlocks;
import id.desasadar.worker.PhoneNumber;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /workers/{id}/card}: the participant card on the officer's phone, to show or send the worker, and
 * {@code /workers/{id}/card.pdf}. Those who register workers and take payments hand it over: ADMIN and STAFF, in
 * scope. The QR code's address starts with {@code desa-sadar.public-url} when set (the address the public reaches
 * the application at), else with the address this request came to.
 */
@Controller
class CardPages {

	private final ParticipantCards cards;
	private final CardPdf pdf;
	private final MessageSource messages;
	private final String publicUrl;

	CardPages(ParticipantCards cards, CardPdf pdf, MessageSource messages,
			@Value("${desa-sadar.public-url:}") String publicUrl) {
		this.cards = cards;
		this.pdf = pdf;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping("/workers/{id}/card")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String card(@PathVariable long id, Viewer viewer, Model model, HttpServletResponse response) {
		ParticipantCard card = cards.cardOf(id, viewer, base());
		Locale locale = LocaleContextHolder.getLocale();
		QrCode qr = QrCode.of(card.checkAddress());
		model.addAttribute("card", card);
		model.addAttribute("facts", CardPdf.facts(card, new PdfBlocks.Text(messages, locale), locale));
		model.addAttribute("qrSize", qr.size());
		model.addAttribute("qrPath", qr.svgPath());
		model.addAttribute("whatsApp", whatsApp(card, cards.phoneOf(id, viewer), locale));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return "card/show";
	}

	@GetMapping("/workers/{id}/card.pdf")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void cardPdf(@PathVariable long id, Viewer viewer, HttpServletResponse response) throws IOException {
		ParticipantCard card = cards.cardOf(id, viewer, base());
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kartu-peserta-" + id + ".pdf\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		pdf.write(card, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	/**
	 * WhatsApp opened on the worker's number (else the sender picks the chat) with the card's check address, so that
	 * the card is on the worker's own phone: the check opens without signing in.
	 */
	private String whatsApp(ParticipantCard card, PhoneNumber phone, Locale locale) {
		String text = messages.getMessage("card.whatsapp.text", new Object[] { card.name(), card.checkAddress() }, locale);
		return "https://wa.me/" + (phone == null ? "" : phone.waMe()) + "?text=" + UriUtils.encode(text, StandardCharsets.UTF_8);
	}

	private String base() {
		return publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : publicUrl;
	}
}
