package id.desasadar.account;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

/**
 * api.md, Access, as a table: every API endpoint for every role, on records in scope and out of it. A
 * record of Desa Wonopringgo is in scope for admin (33), manager and staff (33.26) and kades.wonopringgo,
 * and out of scope for kades.kedungjaran. Writes send invalid bodies, so an allowed caller gets 400 and
 * nothing changes. An API endpoint without a row here fails the test. The pages have their own table,
 * {@link #pages()}, with the status codes a browser meets; a page without a row fails the test too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

	/** What a caller meets: let through (2xx, or 400/409/422 on the body), 403, or 404. */
	enum Answer {
		ALLOWED, FORBIDDEN, HIDDEN
	}

	record Row(HttpMethod method, String pattern, String path, String body, Answer admin, Answer manager, Answer staff,
			Answer headInScope, Answer headOutOfScope) {

		Map<String, Answer> expected() {
			Map<String, Answer> answers = new LinkedHashMap<>();
			answers.put("admin", admin);
			answers.put("manager", manager);
			answers.put("staff", staff);
			answers.put("kades.wonopringgo", headInScope);
			answers.put("kades.kedungjaran", headOutOfScope);
			return answers;
		}
	}

	static final Answer A = Answer.ALLOWED;
	static final Answer F = Answer.FORBIDDEN;
	static final Answer H = Answer.HIDDEN;
	static final String V = "33.26.12.2008";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long worker;
	long enrollment;
	long payment;
	long campaign;
	long event;
	long agent;
	long importJob;
	long account;
	long staffToken;
	long staffOtherToken;
	String registration;

	@BeforeAll
	void makeRecordsInWonopringgo() throws Exception {
		worker = id(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Matriks Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		enrollment = id(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long due = ((Number) JsonPath.read(mvc.perform(id.desasadar.Api.get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andReturn().getResponse().getContentAsString(), "$.monthlyContribution")).longValue();
		payment = id(mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")), due), enrollment))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		campaign = id(mvc.perform(post("manager", "/api/v1/campaigns", """
				{"name": "Matriks Kecamatan Wonopringgo", "regionCode": "33.26.12", "startsOn": "2026-01-01",
				 "endsOn": "2026-12-31", "targetEnrollments": 10}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		event = id(mvc.perform(post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "Matriks Sosialisasi", "kind": "SOCIALIZATION",
				 "date": "2026-06-01"}""".formatted(campaign, V)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		agent = id(mvc.perform(post("staff", "/api/v1/agents", """
				{"name": "Matriks Perisai", "regionCode": "%s", "code": "MATRIKS-%d"}""".formatted(V, worker)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		importJob = id(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/imports/workers")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "matriks.csv", "text/csv",
					"nik,nama,tanggal lahir,jenis kelamin,kode desa,segmen,sektor,penghasilan bulanan,persetujuan\n1,Matriks,1985-03-12,L,33.26.12.2008,BPU,TRADE,1,ya\n"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(httpBasic("staff", "demo")))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
		account = jdbc.queryForObject("select id from account where username = 'staff'", Long.class);
		staffToken = id(mvc.perform(post("staff", "/api/v1/account/tokens", "{\"name\": \"Matriks\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		staffOtherToken = id(mvc.perform(post("staff", "/api/v1/account/tokens", "{\"name\": \"Matriks admin\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		registration = java.util.UUID.randomUUID().toString();
		mvc.perform(post("staff", "/api/v1/registrations", id.desasadar.enrollment.RegistrationsIntegrationTest
			.registration(registration, freshWorkerNik(), "Matriks Pendaftaran")))
			.andExpect(status().isCreated());
		// two events today, so that /events/today lists them rather than going to the booth of the only one
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
		for (String name : new String[] { "Matriks Stan Pagi", "Matriks Stan Sore" }) {
			mvc.perform(post("staff", "/api/v1/events", """
					{"campaignId": %d, "villageCode": "%s", "name": "%s", "kind": "FESTIVAL", "date": "%s"}"""
				.formatted(campaign, V, name, today))).andExpect(status().isCreated());
		}
	}

	/** A seeded row of a rule table, for the addresses of single rules. */
	long rule(String table) {
		return jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

	List<Row> rows() {
		String bad = "{\"name\": \"\"}";
		return List.of(
				row("GET", "/api/v1/regions/{code}", "/api/v1/regions/" + V, null, A, A, A, A, A),
				row("GET", "/api/v1/regions/{code}/children", "/api/v1/regions/33.26.12/children", null, A, A, A, A, A),
				row("GET", "/api/v1/villages/{code}", "/api/v1/villages/" + V, null, A, A, A, A, H),
				row("PUT", "/api/v1/villages/{code}/profile", "/api/v1/villages/" + V + "/profile", "{\"officialsCount\": -1}", A, F, F, A, H),
				row("GET", "/api/v1/villages/{code}/readiness", "/api/v1/villages/" + V + "/readiness", null, A, A, A, A, H),
				row("POST", "/api/v1/villages/{code}/designation", "/api/v1/villages/" + V + "/designation", "{}", A, A, F, F, F),
				row("POST", "/api/v1/workers", "/api/v1/workers", bad, A, F, A, F, F),
				row("GET", "/api/v1/workers", "/api/v1/workers", null, A, A, A, A, A),
				row("GET", "/api/v1/workers/{id}", "/api/v1/workers/" + worker, null, A, A, A, A, H),
				row("PUT", "/api/v1/workers/{id}", "/api/v1/workers/" + worker, bad, A, F, A, F, F),
				row("GET", "/api/v1/workers/{workerId}/enrollments", "/api/v1/workers/" + worker + "/enrollments", null, A, A, A, A, H),
				row("POST", "/api/v1/workers/{workerId}/enrollments", "/api/v1/workers/" + worker + "/enrollments", "{}", A, F, A, F, F),
				row("GET", "/api/v1/enrollments/{id}", "/api/v1/enrollments/" + enrollment, null, A, A, A, A, H),
				row("POST", "/api/v1/registrations", "/api/v1/registrations", "{}", A, F, A, F, F),
				row("GET", "/api/v1/registrations/{clientId}", "/api/v1/registrations/" + registration, null, A, F, A, F, F),
				row("POST", "/api/v1/enrollments/{id}/payments", "/api/v1/enrollments/" + enrollment + "/payments", "{}", A, F, A, F, F),
				row("POST", "/api/v1/enrollments/{id}/end", "/api/v1/enrollments/" + enrollment + "/end", "{}", A, F, A, F, F),
				row("PUT", "/api/v1/enrollments/{id}", "/api/v1/enrollments/" + enrollment, "{}", A, F, A, F, F),
				row("GET", "/api/v1/enrollments/{id}/payments", "/api/v1/enrollments/" + enrollment + "/payments", null, A, A, A, A, H),
				row("GET", "/api/v1/enrollments/{id}/payments/{paymentId}", "/api/v1/enrollments/" + enrollment + "/payments/" + payment, null, A, A, A, A, H),
				row("GET", "/api/v1/payments/{paymentId}", "/api/v1/payments/" + payment, null, A, A, A, A, H),
				row("GET", "/api/v1/contributions/quote", "/api/v1/contributions/quote?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM", null, A, A, A, A, A),
				row("POST", "/api/v1/campaigns", "/api/v1/campaigns", "{}", A, A, F, F, F),
				row("GET", "/api/v1/campaigns", "/api/v1/campaigns", null, A, A, A, A, A),
				row("GET", "/api/v1/campaigns/{id}", "/api/v1/campaigns/" + campaign, null, A, A, A, A, H),
				row("POST", "/api/v1/events", "/api/v1/events", "{}", A, A, A, F, F),
				row("GET", "/api/v1/events", "/api/v1/events", null, A, A, A, A, A),
				row("GET", "/api/v1/events/{id}", "/api/v1/events/" + event, null, A, A, A, A, H),
				row("GET", "/api/v1/dashboard/coverage", "/api/v1/dashboard/coverage?regionCode=" + V, null, A, A, A, A, H),
				row("POST", "/api/v1/agents", "/api/v1/agents", bad, A, A, A, F, F),
				row("GET", "/api/v1/agents", "/api/v1/agents", null, A, A, A, A, A),
				row("GET", "/api/v1/agents/{id}", "/api/v1/agents/" + agent, null, A, A, A, A, H),
				// What agents earn and how each officer works: for managers (domain.md, Who uses it).
				row("GET", "/api/v1/dashboard/agents", "/api/v1/dashboard/agents?regionCode=" + V, null, A, A, F, F, F),
				row("GET", "/api/v1/dashboard/staff", "/api/v1/dashboard/staff?regionCode=" + V, null, A, A, F, F, F),
				// The rules as managers keep them (issue #17): national, for managers and administrators only.
				row("GET", "/api/v1/rules/rates", "/api/v1/rules/rates", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/rates/{id}", "/api/v1/rules/rates/" + rule("contribution_rate"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/rates", "/api/v1/rules/rates", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/rates/{id}/end", "/api/v1/rules/rates/" + rule("contribution_rate") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/income-brackets", "/api/v1/rules/income-brackets", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/income-brackets/{id}", "/api/v1/rules/income-brackets/" + rule("income_bracket"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/income-brackets", "/api/v1/rules/income-brackets", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/income-brackets/{id}/end", "/api/v1/rules/income-brackets/" + rule("income_bracket") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/discounts", "/api/v1/rules/discounts", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/discounts/{id}", "/api/v1/rules/discounts/" + rule("contribution_discount"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/discounts", "/api/v1/rules/discounts", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/discounts/{id}/end", "/api/v1/rules/discounts/" + rule("contribution_discount") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/wage-caps", "/api/v1/rules/wage-caps", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/wage-caps/{id}", "/api/v1/rules/wage-caps/" + rule("wage_cap"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/wage-caps", "/api/v1/rules/wage-caps", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/wage-caps/{id}/end", "/api/v1/rules/wage-caps/" + rule("wage_cap") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/agent-fee-schemes", "/api/v1/rules/agent-fee-schemes", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/agent-fee-schemes/{id}", "/api/v1/rules/agent-fee-schemes/" + rule("agent_fee_rule"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/agent-fee-schemes", "/api/v1/rules/agent-fee-schemes", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/agent-fee-schemes/{id}/end", "/api/v1/rules/agent-fee-schemes/" + rule("agent_fee_rule") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/payment-terms", "/api/v1/rules/payment-terms", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/payment-terms/{id}", "/api/v1/rules/payment-terms/" + rule("payment_term"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/payment-terms", "/api/v1/rules/payment-terms", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/payment-terms/{id}/end", "/api/v1/rules/payment-terms/" + rule("payment_term") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/rules/contribution-credits", "/api/v1/rules/contribution-credits", null, A, A, F, F, F),
				row("GET", "/api/v1/rules/contribution-credits/{id}", "/api/v1/rules/contribution-credits/" + rule("contribution_credit"), null, A, A, F, F, F),
				row("POST", "/api/v1/rules/contribution-credits", "/api/v1/rules/contribution-credits", bad, A, A, F, F, F),
				row("POST", "/api/v1/rules/contribution-credits/{id}/end", "/api/v1/rules/contribution-credits/" + rule("contribution_credit") + "/end", "{}", A, A, F, F, F),
				row("GET", "/api/v1/follow-up", "/api/v1/follow-up?regionCode=" + V, null, A, A, A, A, H),
				row("GET", "/api/v1/reminders", "/api/v1/reminders?regionCode=" + V, null, A, A, A, A, H),
				row("GET", "/api/v1/follow-up.{format}", "/api/v1/follow-up.xlsx?regionCode=" + V, null, A, A, A, A, H),
				// The audit trail: administrators and managers (within scope); a worker's own data: those who
				// register workers; anonymisation: administrators (UU 27/2022).
				row("GET", "/api/v1/audit", "/api/v1/audit?workerId=" + worker, null, A, A, F, F, F),
				row("GET", "/api/v1/workers/{id}/data", "/api/v1/workers/" + worker + "/data", null, A, F, A, F, F),
				row("POST", "/api/v1/workers/{id}/anonymisation", "/api/v1/workers/" + worker + "/anonymisation", "{}", A, F, F, F, F),
				// Imports: staff and administrators upload (400 here: no file); a job is seen by its uploader and administrators.
				row("POST", "/api/v1/imports/workers", "/api/v1/imports/workers", "{}", A, F, A, F, F),
				row("POST", "/api/v1/imports/payments", "/api/v1/imports/payments", "{}", A, F, A, F, F),
				row("POST", "/api/v1/imports/participant-numbers", "/api/v1/imports/participant-numbers", "{}", A, F, A, F, F),
				row("GET", "/api/v1/imports/{id}", "/api/v1/imports/" + importJob, null, A, H, A, H, H),
				row("GET", "/api/v1/workers/export.{format}", "/api/v1/workers/export.csv?villageCode=" + V, null, A, A, A, A, H),
				// Personal access tokens: everyone's own (another's token is unknown, 404); an account's, for its
				// administrators. Revoking twice changes nothing, so the rows hold on every run of the table.
				row("GET", "/api/v1/account/tokens", "/api/v1/account/tokens", null, A, A, A, A, A),
				row("POST", "/api/v1/account/tokens", "/api/v1/account/tokens", bad, A, A, A, A, A),
				row("GET", "/api/v1/account/tokens/{tokenId}", "/api/v1/account/tokens/" + staffToken, null, H, H, A, H, H),
				row("DELETE", "/api/v1/account/tokens/{tokenId}", "/api/v1/account/tokens/" + staffToken, null, H, H, A, H, H),
				row("GET", "/api/v1/accounts/{id}/tokens", "/api/v1/accounts/" + account + "/tokens", null, A, F, F, F, F),
				row("DELETE", "/api/v1/accounts/{id}/tokens/{tokenId}", "/api/v1/accounts/" + account + "/tokens/" + staffOtherToken,
						null, A, F, F, F, F));
	}

	@Test
	void everyRoleMeetsWhatTheTableSaysInScopeAndOut() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			for (Map.Entry<String, Answer> expectation : row.expected().entrySet()) {
				int status = mvc.perform(request(row).with(httpBasic(expectation.getKey(), "demo")))
					.andReturn().getResponse().getStatus();
				if (answerOf(status) != expectation.getValue()) {
					wrong.add("%s %s as %s: %d, expected %s".formatted(row.method(), row.path(), expectation.getKey(),
							status, expectation.getValue()));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The same table with a personal access token of each account instead of its password: a full token reaches
	 * exactly what its account reaches, except creating tokens; a read-only token reads what its account reads
	 * and writes nothing.
	 */
	@Test
	void aTokenReachesWhatItsAccountReachesAndAReadOnlyOneWritesNothing() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String scope : List.of("FULL", "READ_ONLY")) {
			Map<String, String> secrets = new LinkedHashMap<>();
			for (String user : List.of("admin", "manager", "staff", "kades.wonopringgo", "kades.kedungjaran")) {
				secrets.put(user, JsonPath.read(mvc.perform(post(user, "/api/v1/account/tokens",
						"{\"name\": \"Matriks %s\", \"scope\": \"%s\", \"expiresInDays\": 1}".formatted(scope, scope)))
					.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.secret"));
			}
			for (Row row : rows()) {
				boolean write = row.method() != HttpMethod.GET;
				for (Map.Entry<String, Answer> expectation : row.expected().entrySet()) {
					Answer expected = row.pattern().equals("/api/v1/account/tokens") && write
							|| write && scope.equals("READ_ONLY") ? Answer.FORBIDDEN : expectation.getValue();
					int status = mvc.perform(request(row).header("Authorization", "Bearer " + secrets.get(expectation.getKey())))
						.andReturn().getResponse().getStatus();
					if (answerOf(status) != expected) {
						wrong.add("%s %s with a %s token of %s: %d, expected %s".formatted(row.method(), row.path(), scope,
								expectation.getKey(), status, expected));
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyEndpointAsksForCredentials() throws Exception {
		for (Row row : rows()) {
			assertThat(mvc.perform(request(row)).andReturn().getResponse().getStatus())
				.as("%s %s without credentials", row.method(), row.path()).isEqualTo(401);
			assertThat(mvc.perform(request(row).with(httpBasic("staff", "wrong"))).andReturn().getResponse().getStatus())
				.as("%s %s with a wrong password", row.method(), row.path()).isEqualTo(401);
		}
	}

	@Test
	void everyApiEndpointHasARow() {
		Set<String> inTable = new TreeSet<>();
		rows().forEach(row -> inTable.add(row.method() + " " + row.pattern()));
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach(method -> served.add(method + " " + pattern));
				}
			}
		}
		assertThat(inTable).containsExactlyInAnyOrderElementsOf(served);
	}

	/**
	 * Every page (a GET of a controller outside {@code /api}) as the status each caller gets, signed in through
	 * the login form's session: 200 shown, 302 sent elsewhere, 403 role refused, 404 unknown or out of scope.
	 * Columns: admin, manager, staff, kades.wonopringgo (in scope), kades.kedungjaran (out of scope).
	 * A page without a row fails {@link #everyPageHasARow()}: add one line here, e.g.
	 * {@code page("/audit", "/audit", 200, 200, 403, 403, 403),} (the pattern exactly as
	 * in its {@code @GetMapping}, then a real address of a record of Desa Wonopringgo made in
	 * {@link #makeRecordsInWonopringgo()}).
	 */
	List<PageRow> pages() {
		return List.of(
				page("/login", "/login", 200, 200, 200, 200, 200),
				page("/", "/", 200, 200, 200, 302, 302),
				// A district lies outside a village head's single village: 404, as any region out of scope.
				page("/regions/{code}", "/regions/33.26.12", 200, 200, 200, 404, 404),
				page("/villages/{code}", "/villages/" + V, 200, 200, 200, 200, 404),
				page("/villages/{code}/workers.{format}", "/villages/" + V + "/workers.csv", 200, 200, 200, 200, 404),
				page("/villages/{code}/report.pdf", "/villages/" + V + "/report.pdf", 200, 200, 200, 200, 404),
				page("/workers", "/workers?q=Matriks", 200, 200, 200, 200, 200),
				page("/workers/new", "/workers/new", 200, 403, 200, 403, 403),
				page("/workers/new/village", "/workers/new/village?villageCode=" + V, 200, 403, 200, 403, 403),
				page("/workers/villages", "/workers/villages?villageSearch=wono", 200, 200, 200, 200, 200),
				page("/workers/{id}", "/workers/" + worker, 200, 200, 200, 200, 404),
				page("/workers/{id}/data", "/workers/" + worker + "/data", 200, 403, 200, 403, 403),
				page("/workers/{id}/anonymise", "/workers/" + worker + "/anonymise", 200, 403, 403, 403, 403),
				// the receipt is the officer's, to print or send at the booth or the office
				page("/payments/{id}/receipt.pdf", "/payments/" + payment + "/receipt.pdf", 200, 403, 200, 403, 403),
				page("/payments/{id}/receipt/whatsapp", "/payments/" + payment + "/receipt/whatsapp", 303, 403, 303, 403, 403),
				// the participant card: handed over by those who register and take payments
				page("/workers/{id}/card", "/workers/" + worker + "/card", 200, 403, 200, 403, 403),
				page("/workers/{id}/card.pdf", "/workers/" + worker + "/card.pdf", 200, 403, 200, 403, 403),
				// the public check of a card: no sign-in; a code that opens nothing is 404 for everyone
				page("/v/{code}", "/v/AAAAAAAAAAAAAAAAAAAAAA", 404, 404, 404, 404, 404),
				page("/workers/{id}/edit", "/workers/" + worker + "/edit", 200, 403, 200, 403, 403),
				page("/workers/{id}/amount-due", "/workers/" + worker + "/amount-due?enrollmentId=" + enrollment, 200, 403, 200, 403, 403),
				// As GET /api/v1/campaigns: a village head sees the campaigns whose region holds the village.
				page("/campaigns", "/campaigns", 200, 200, 200, 200, 200),
				page("/campaigns/{id}", "/campaigns/" + campaign, 200, 200, 200, 200, 404),
				page("/events/{id}", "/events/" + event, 200, 200, 200, 200, 404),
				page("/events/{id}/booth", "/events/" + event + "/booth", 200, 403, 200, 403, 403),
				// what the booth's script reads, JSON only (406 to a browser asking for a page): the tally, and the CSRF
				// token after signing in again
				page("/events/{id}/booth/tally", "/events/" + event + "/booth/tally", 406, 403, 406, 403, 403),
				page("/events/{id}/booth/session", "/events/" + event + "/booth/session", 406, 403, 406, 403, 403),
				page("/events/{id}/booth/receipts", "/events/" + event + "/booth/receipts?device=" + java.util.UUID.randomUUID(),
						406, 403, 406, 403, 403),
				page("/events/today", "/events/today", 200, 403, 200, 403, 403),
				page("/dashboard", "/dashboard?region=33.26", 200, 200, 403, 403, 403),
				page("/dashboard/agents", "/dashboard/agents?region=33.26", 200, 200, 403, 403, 403),
				page("/dashboard/villages", "/dashboard/villages?region=33.26", 200, 200, 403, 403, 403),
				page("/dashboard/{table:regions|programs|months|statuses|events}.{format}", "/dashboard/regions.csv?region=33.26", 200, 200, 403, 403, 403),
				page("/audit", "/audit", 200, 200, 403, 403, 403),
				page("/rules", "/rules", 200, 200, 403, 403, 403),
				page("/dashboard/agents.{format}", "/dashboard/agents.csv?region=33.26", 200, 200, 403, 403, 403),
				page("/dashboard/staff.{format}", "/dashboard/staff.xlsx?region=33.26", 200, 200, 403, 403, 403),
				page("/reminders", "/reminders?region=" + V, 200, 200, 200, 200, 404),
				page("/follow-up", "/follow-up?region=" + V, 200, 200, 200, 200, 404),
				page("/follow-up.{format}", "/follow-up.csv?region=" + V, 200, 200, 200, 200, 404),
				page("/imports/new", "/imports/new", 200, 403, 200, 403, 403),
				page("/imports/templates/{kind}.{format}", "/imports/templates/workers.csv", 200, 403, 200, 403, 403),
				page("/imports/{id:\\d+}", "/imports/" + importJob, 200, 404, 200, 404, 404),
				page("/imports/{id:\\d+}/progress", "/imports/" + importJob + "/progress", 200, 404, 200, 404, 404),
				page("/imports/{id:\\d+}/errors.csv", "/imports/" + importJob + "/errors.csv", 200, 404, 200, 404, 404),
				page("/admin/accounts", "/admin/accounts", 200, 403, 403, 403, 403),
				page("/admin/accounts/{id}", "/admin/accounts/" + account, 200, 403, 403, 403, 403),
				page("/account/password", "/account/password", 200, 200, 200, 200, 200),
				page("/account/tokens", "/account/tokens", 200, 200, 200, 200, 200));
	}

	/** Pages that strangers open without signing in. */
	static final Set<String> PUBLIC_PAGES = Set.of("/login", "/v/{code}");

	record PageRow(String pattern, String path, Map<String, Integer> expected) {
	}

	static PageRow page(String pattern, String path, int admin, int manager, int staff, int headIn, int headOut) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("admin", admin);
		expected.put("manager", manager);
		expected.put("staff", staff);
		expected.put("kades.wonopringgo", headIn);
		expected.put("kades.kedungjaran", headOut);
		return new PageRow(pattern, path, expected);
	}

	@Test
	void everyRoleMeetsWhatThePageTableSaysInScopeAndOut() throws Exception {
		Pages pages = new Pages(accounts);
		List<String> wrong = new ArrayList<>();
		for (PageRow row : pages()) {
			for (Map.Entry<String, Integer> expectation : row.expected().entrySet()) {
				int status = mvc.perform(pages.get(expectation.getKey(), row.path()).accept(MediaType.TEXT_HTML))
					.andReturn().getResponse().getStatus();
				if (status != expectation.getValue()) {
					wrong.add("GET %s as %s: %d, expected %d".formatted(row.path(), expectation.getKey(), status,
							expectation.getValue()));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyPageSendsStrangersToTheSignInPage() throws Exception {
		for (PageRow row : pages()) {
			if (!PUBLIC_PAGES.contains(row.pattern())) {
				assertThat(mvc.perform(MockMvcRequestBuilders.get(row.path()).accept(MediaType.TEXT_HTML)).andReturn()
					.getResponse().getRedirectedUrl()).as("GET %s without signing in", row.path()).endsWith("/login");
			}
		}
	}

	@Test
	void everyPageHasARow() {
		Set<String> inTable = new TreeSet<>();
		pages().forEach(row -> inTable.add(row.pattern()));
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			// Spring Boot's error path, answered by support.ProblemErrorController, is no page of ours.
			boolean ours = handler.getBeanType().getPackageName().startsWith("id.desasadar")
					&& !info.getPatternValues().contains("/error");
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			for (String pattern : info.getPatternValues()) {
				if (ours && get && !pattern.startsWith("/api/")) {
					served.add(pattern);
				}
			}
		});
		assertThat(inTable).containsExactlyInAnyOrderElementsOf(served);
	}

	static Answer answerOf(int status) {
		return switch (status) {
			case 403 -> Answer.FORBIDDEN;
			case 404 -> Answer.HIDDEN;
			case 401 -> null;
			default -> status < 500 ? Answer.ALLOWED : null;
		};
	}

	static Row row(String method, String pattern, String path, String body, Answer admin, Answer manager, Answer staff,
			Answer headIn, Answer headOut) {
		return new Row(HttpMethod.valueOf(method), pattern, path, body, admin, manager, staff, headIn, headOut);
	}

	static MockHttpServletRequestBuilder request(Row row) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.path())
			.accept(MediaType.APPLICATION_JSON);
		return row.body() == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(row.body());
	}

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}
}
