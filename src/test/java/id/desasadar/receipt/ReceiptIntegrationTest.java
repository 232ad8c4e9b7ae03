package id.desasadar.receipt;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #18, "receipt": the receipt of a payment read back from its PDF, on A4 and on a slip printer's 80 mm, and
 * its summary sent by WhatsApp; in Bahasa Indonesia, the NIK masked, only for whoever may read the payment.
 */
@IntegrationTest
class ReceiptIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	record Paid(long payment, String receipt, String nik) {
	}

	/** Rp36,800 for August 2019, paid at a bank with its transaction number. */
	Paid paid(String name) throws Exception {
		String nik = freshWorkerNik();
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2019-08-21"}""", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String body = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "2019-08-25", "months": 1, "amount": 36800, "channel": "BANK", "reference": "TRX-%s"}"""
			.formatted(System.nanoTime()), enrollment))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new Paid(idOf(body), "%08d".formatted(((Number) JsonPath.read(body, "$.receiptNumber")).longValue()), nik);
	}

	@Test
	void theReceiptPdfSaysWhosePaymentForWhatAndHowMuchWithTheNikMasked() throws Exception {
		Paid paid = paid("Kuitansi Contoh");
		byte[] pdf = mvc.perform(new Pages(accounts).get("staff", "/payments/{id}/receipt.pdf", paid.payment()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kuitansi Iuran BPJS Ketenagakerjaan").contains(paid.receipt())
				.contains("Kuitansi Contoh").contains("JKK, JKM, JHT").contains("Agustus 2019").contains("Rp36.800")
				.contains("Bank").contains("TRX-").doesNotContain(paid.nik());
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(590f, 600f);
		}

		byte[] slip = mvc.perform(new Pages(accounts).get("staff", "/payments/{id}/receipt.pdf?paper=slip", paid.payment()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(slip)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("80 mm").isBetween(226f, 228f);
			assertThat(new PDFTextStripper().getText(document)).contains(paid.receipt()).contains("Rp36.800");
		}
	}

	@Test
	void theSummaryGoesToTheWorkersWhatsApp() throws Exception {
		Paid paid = paid("Kuitansi WhatsApp Contoh");
		String location = mvc.perform(new Pages(accounts).get("staff", "/payments/{id}/receipt/whatsapp", paid.payment()))
			.andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("https://wa.me/62");
		assertThat(URLDecoder.decode(location.substring(location.indexOf("?text=") + 6), StandardCharsets.UTF_8))
			.isEqualTo("Kuitansi " + paid.receipt() + ": iuran BPJS Ketenagakerjaan Kuitansi WhatsApp Contoh (JKK, JKM, JHT) "
					+ "untuk Agustus 2019, Rp36.800, dibayar 25 Agustus 2019 (Bank). Terima kasih.");
	}

	@Test
	void theReceiptIsTheOfficersAndAnUnknownOneIsNotFound() throws Exception {
		Paid paid = paid("Kuitansi Lingkup Contoh");
		mvc.perform(new Pages(accounts).get("kades.wonopringgo", "/payments/{id}/receipt.pdf", paid.payment()))
			.andExpect(status().isForbidden());
		mvc.perform(new Pages(accounts).get("staff", "/payments/{id}/receipt.pdf", 987_654_321L))
			.andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/payments/{id}", 987_654_321L)).andExpect(status().isNotFound());
	}
}
