package id.desasadar.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.worker.Workers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

/**
 * api.md, "Payments and proof": the receipt of a payment to print ({@code /payments/{id}/receipt.pdf}, A4 or
 * {@code ?paper=slip} for a receipt printer) and to send ({@code /payments/{id}/receipt/whatsapp}: WhatsApp opened on
 * the worker's number with the receipt's summary): the officer's, who took or records the payment.
 */
@Controller
class ReceiptPages {

	private final EnrollmentDesk desk;
	private final Workers workers;
	private final ReceiptPdf pdf;
	private final MessageSource messages;

	ReceiptPages(EnrollmentDesk desk, Workers workers, ReceiptPdf pdf, MessageSource messages) {
		this.desk = desk;
		this.workers = workers;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/payments/{id}/receipt.pdf")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void receipt(@PathVariable long id, @RequestParam(defaultValue = "A4") String paper, Viewer viewer,
			HttpServletResponse response) {
		Receipt receipt = Receipt.of(id, viewer, desk, workers);
		ReceiptPdf.Paper size = "slip".equalsIgnoreCase(paper) ? ReceiptPdf.Paper.SLIP : ReceiptPdf.Paper.A4;
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("kuitansi-" + receipt.number() + ".pdf").build().toString());
		try {
			pdf.write(receipt, size, LocaleContextHolder.getLocale(), response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** WhatsApp with the summary, to the worker's number when there is one (else the sender chooses the chat). */
	@GetMapping("/payments/{id}/receipt/whatsapp")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<Void> whatsapp(@PathVariable long id, Viewer viewer) {
		Receipt receipt = Receipt.of(id, viewer, desk, workers);
		String to = receipt.phone() == null ? "" : receipt.phone().waMe();
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("https://wa.me/" + to + "?text=" + UriUtils.encode(summary(receipt), StandardCharsets.UTF_8)))
			.build();
	}

	/** The receipt in one message, in the worker's language of the page (Bahasa Indonesia by default). */
	String summary(Receipt receipt) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("payment.receipt.text", new Object[] { receipt.number(), receipt.name(),
				receipt.programList(), receipt.months(locale), receipt.amount(),
				receipt.paidOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
				messages.getMessage("payment.channel." + receipt.channel(), null, locale) }, locale);
	}
}
