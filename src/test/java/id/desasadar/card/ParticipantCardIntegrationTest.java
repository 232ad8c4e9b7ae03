package id.desasadar.card;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;

/**
 * Issue #18 items 4 and 7: the participant card read back from its PDF (its text, the masked NIK, the QR code
 * decoded to the check's address), and the public check, which shows nothing more than api.md lists, is 404 for an
 * unknown code and for an anonymised worker, and is rate-limited.
 */
@IntegrationTest
class ParticipantCardIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	record Paid(long worker, String nik, String participantNumber) {
	}

	/** A worker of Wonopringgo enrolled in JKK and JKM, this month paid, with a participant number. */
	Paid paidWorker(String name) throws Exception {
		String nik = freshWorkerNik();
		String json = workerJson(nik, name);
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		String enrollment = mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long due = ((Number) JsonPath.read(enrollment, "$.monthlyContribution")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(today(), due), idOf(enrollment)))
			.andExpect(status().isCreated());
		String number = "39" + "%09d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
		mvc.perform(put("staff", "/api/v1/workers/{id}", json.substring(0, json.lastIndexOf('}'))
				+ ", \"version\": 0, \"participantNumber\": \"" + number + "\"}", worker)).andExpect(status().isOk());
		return new Paid(worker, nik, number);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	static String masked(String nik) {
		return nik.substring(0, 4) + "************"; // issue #16: province and regency only
	}

	@Test
	void theCardPdfReadsBackWithTheMaskedNikAndAQrCodeOfTheCheck() throws Exception {
		Paid paid = paidWorker("Sari Kartu Contoh");
		Pages pages = new Pages(accounts);
		byte[] pdf = mvc.perform(pages.get("staff", "/workers/{id}/card.pdf", paid.worker())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String address;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			String month = YearMonth.from(today()).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id")));
			assertThat(text).contains("Kartu Peserta BPJS Ketenagakerjaan", "Sari Kartu Contoh", masked(paid.nik()),
					paid.participantNumber(), "JKK, JKM", "Aktif", month)
				.doesNotContain(paid.nik());
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.BINARY);
			address = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.TRY_HARDER, true)).getText();
			assertThat(text.replaceAll("\\s", "")).contains(address);
		}
		assertThat(address).matches("http://localhost/v/[A-Za-z0-9_-]{22}");
		String path = address.substring("http://localhost".length());

		// the same card again: the same code (a printed card stays valid)
		String page = mvc.perform(pages.get("staff", "/workers/{id}/card", paid.worker())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"card-qr\"", "href=\"" + address + "\"", masked(paid.nik()));
		// and to the worker's own phone by WhatsApp: the check's address, which opens without signing in
		String whatsApp = page.replaceAll("(?s).*id=\"card-whatsapp\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(whatsApp).startsWith("https://wa.me/62");
		assertThat(java.net.URLDecoder.decode(whatsApp.substring(whatsApp.indexOf("?text=") + 6),
				java.nio.charset.StandardCharsets.UTF_8)).contains("Sari Kartu Contoh").contains(address);

		// the public check, no sign-in: the first name, masked NIK, programs, status, month; nothing more
		String check = mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML).with(from("10.1.0.1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(check).contains("id=\"check-name\">Sari<", masked(paid.nik()), "JKK, JKM", "Aktif")
			.doesNotContain("Kartu Contoh", paid.nik(), paid.participantNumber(), "812", "33.26.12.2008", "Penjual");
	}

	@Test
	void anUnknownOrMalformedCodeIs404() throws Exception {
		for (String code : new String[] { "AAAAAAAAAAAAAAAAAAAAAA", "short", "x'or'1=1" }) {
			mvc.perform(MockMvcRequestBuilders.get("/v/{code}", code).accept(MediaType.TEXT_HTML).with(from("10.1.0.2")))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void theCardAndTheCheckOfAnAnonymisedWorkerAreGone() throws Exception {
		Paid paid = paidWorker("Hilang Kartu");
		Pages pages = new Pages(accounts);
		String page = mvc.perform(pages.get("staff", "/workers/{id}/card", paid.worker())).andReturn().getResponse().getContentAsString();
		String path = page.replaceAll("(?s).*id=\"card-check-link\" href=\"http://localhost(/v/[^\"]+)\".*", "$1");
		mvc.perform(MockMvcRequestBuilders.get(path).with(from("10.1.0.3"))).andExpect(status().isOk());
		String worker = mvc.perform(id.desasadar.Api.get("admin", "/api/v1/workers/{id}", paid.worker())).andReturn()
			.getResponse().getContentAsString();
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation",
				"{\"version\": " + JsonPath.read(worker, "$.version") + "}", paid.worker())).andExpect(status().isOk());
		mvc.perform(MockMvcRequestBuilders.get(path).with(from("10.1.0.3"))).andExpect(status().isNotFound());
		mvc.perform(pages.get("staff", "/workers/{id}/card", paid.worker())).andExpect(status().isNotFound());
		mvc.perform(pages.get("staff", "/workers/{id}/card.pdf", paid.worker())).andExpect(status().isNotFound());
	}

	@Test
	void oneAddressIsRefusedAfterThirtyChecksAMinute() throws Exception {
		int refused = 0;
		for (int i = 0; i < 35; i++) {
			int answer = mvc.perform(MockMvcRequestBuilders.get("/v/AAAAAAAAAAAAAAAAAAAAAB").with(from("10.1.0.99")))
				.andReturn().getResponse().getStatus();
			refused += answer == 429 ? 1 : 0;
		}
		// within one minute 30 are answered; across a minute's turn, at most 30 more: so 5 or fewer refused, but some
		assertThat(refused).isBetween(1, 5);
		mvc.perform(MockMvcRequestBuilders.get("/v/AAAAAAAAAAAAAAAAAAAAAB").with(from("10.1.0.98"))).andExpect(status().isNotFound());
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
