package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #16, item 2: a village head sees no amount from which a worker's income can be derived. JKK is 1% of a
 * BPU worker's income (domain.md, contribution rules), JHT 2%, so the breakdown, the monthly contribution, a
 * payment's amount and an event's sum each give it away. What the head needs is whether and for which months a
 * worker paid: the status, paid-through month, months unpaid and each payment's months stay. Managers keep the
 * amounts.
 */
@IntegrationTest
class IncomesHiddenIntegrationTest {

	static final String VILLAGE = "33.26.12.2008";
	/** Rp1,000,000 a month: JKK Rp10,000, JKM Rp6,800, JHT Rp20,000, Rp36,800 in all (2019 rules). */
	static final String[] AMOUNTS = { "1000000", "10000", "6800", "20000", "36800", "1.000.000", "10.000", "36.800",
			"1,000,000", "36,800" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	long worker;
	long enrollment;
	static long event;

	@BeforeEach
	void enrolledAndPaid() throws Exception {
		if (event == 0) {
			event = festival();
		}
		worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Penghasilan Rahasia Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JHT"], "eventId": %d, "enrolledOn": "2019-08-21"}""".formatted(event), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "2019-08-25", "months": 1, "amount": 36800}""", enrollment))
			.andExpect(status().isCreated());
	}

	/** One campaign and one festival for the class: the dashboards of other tests list campaigns. */
	long festival() throws Exception {
		long campaign = idOf(mvc.perform(post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye Penghasilan Tersembunyi", "regionCode": "33.26.12", "startsOn": "2019-08-01",
				 "endsOn": "2019-09-30", "targetEnrollments": 10}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "Festival Satu Peserta", "kind": "FESTIVAL",
				 "date": "2019-08-21", "location": "Balai desa", "notes": "satu peserta"}""".formatted(campaign, VILLAGE)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theApiShowsAVillageHeadWhetherPaidNotHowMuch() throws Exception {
		String worker = body(get("kades.wonopringgo", "/api/v1/workers/{id}", this.worker));
		assertThat(worker).contains("\"monthlyIncome\":null");
		String enrollments = mvc.perform(get("kades.wonopringgo", "/api/v1/workers/{id}/enrollments", this.worker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].monthlyContribution").doesNotExist())
			.andExpect(jsonPath("$[0].breakdown").doesNotExist())
			.andExpect(jsonPath("$[0].adjustments").doesNotExist())
			.andExpect(jsonPath("$[0].amountsHidden").value(true))
			.andExpect(jsonPath("$[0].paidThrough").value("2019-08"))
			.andExpect(jsonPath("$[0].status").exists())
			.andReturn().getResponse().getContentAsString();
		String one = body(get("kades.wonopringgo", "/api/v1/enrollments/{id}", enrollment));
		String payments = mvc.perform(get("kades.wonopringgo", "/api/v1/enrollments/{id}/payments", enrollment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].months").value(1))
			.andExpect(jsonPath("$[0].firstMonth").value("2019-08"))
			.andExpect(jsonPath("$[0].amount").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String event = mvc.perform(get("kades.wonopringgo", "/api/v1/events/{id}", this.event))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stats.enrollments").value(1))
			.andExpect(jsonPath("$.stats.monthlyContribution").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		for (String answer : new String[] { worker, enrollments, one, payments, event }) {
			assertThat(answer).doesNotContain(AMOUNTS);
		}
	}

	@Test
	void managersKeepTheAmounts() throws Exception {
		mvc.perform(get("manager", "/api/v1/workers/{id}/enrollments", worker))
			.andExpect(jsonPath("$[0].monthlyContribution").value(36800))
			.andExpect(jsonPath("$[0].breakdown.JKK").value(10000))
			.andExpect(jsonPath("$[0].amountsHidden").value(false));
		mvc.perform(get("manager", "/api/v1/enrollments/{id}/payments", enrollment))
			.andExpect(jsonPath("$[0].amount").value(36800));
		mvc.perform(get("manager", "/api/v1/events/{id}", event))
			.andExpect(jsonPath("$.stats.monthlyContribution").isNumber());
	}

	@Test
	void thePagesExportsAndPdfShowAVillageHeadNoAmount() throws Exception {
		Pages pages = new Pages(accounts);
		String workerPage = mvc.perform(pages.get("kades.wonopringgo", "/workers/{id}", worker))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(workerPage).contains("Penghasilan Rahasia Contoh").contains("Lunas").contains("amounts-hidden")
			.doesNotContain(AMOUNTS);
		String eventPage = mvc.perform(pages.get("kades.wonopringgo", "/events/{id}", event))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(eventPage).doesNotContain("figure-monthly").doesNotContain(AMOUNTS);
		String csv = mvc.perform(pages.get("kades.wonopringgo", "/villages/{code}/workers.csv", VILLAGE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Penghasilan Rahasia Contoh").doesNotContain(AMOUNTS);
		String export = mvc.perform(get("kades.wonopringgo", "/api/v1/workers/export.csv").param("villageCode", VILLAGE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(export.lines().filter(line -> line.contains("Penghasilan Rahasia Contoh")).findFirst().orElseThrow())
			.doesNotContain(AMOUNTS);
		byte[] pdf = mvc.perform(pages.get("kades.wonopringgo", "/villages/{code}/report.pdf", VILLAGE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("Rp").doesNotContain(AMOUNTS);
		}
		// The manager's page still shows them.
		assertThat(mvc.perform(pages.get("manager", "/workers/{id}", worker)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("36.800");
	}

	String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
