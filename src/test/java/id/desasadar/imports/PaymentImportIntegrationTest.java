package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Issue #5, Payment import: reports of payments update coverage; unknown NIKs and wrong amounts are named per row. */
@IntegrationTest
class PaymentImportIntegrationTest {

	@Autowired
	MockMvc mvc;

	/** A worker of Wonopringgo enrolled in JKK and JKM today: the NIK and the enrollment's JSON. */
	String[] enrolled(String name) throws Exception {
		String nik = freshWorkerNik();
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String enrollment = mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { nik, enrollment };
	}

	@Test
	void recordsGoodPaymentsAndNamesUnknownNiksAndWrongAmountsPerRowAndASecondUploadPaysNothing() throws Exception {
		String[] paying = enrolled("Bayar Impor");
		String[] wrong = enrolled("Bayar Salah");
		long due = ((Number) JsonPath.read(paying[1], "$.monthlyContribution")).longValue();
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		byte[] file = utf8("NIK;tanggal bayar;jumlah bulan;jumlah iuran\n"
				+ paying[0] + ";" + today + ";1;" + due + "\n"
				+ freshWorkerNik() + ";" + today + ";1;" + due + "\n"
				+ wrong[0] + ";" + today + ";1;" + (due + 1) + "\n"
				+ wrong[0] + ";" + today + ";tiga;" + due + "\n");
		Imports imports = new Imports(mvc);
		String json = imports.imported("staff", "payments", "bayar.csv", file);
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(3);
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("nik", "amount", "months");
		assertThat((String) JsonPath.read(json, "$.errors[1].message")).contains(String.valueOf(due));
		long enrollment = idOf(paying[1]);
		String paid = mvc.perform(Api.get("staff", "/api/v1/enrollments/{id}", enrollment)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(paid, "$.status")).isEqualTo("ACTIVE");
		String unpaid = mvc.perform(Api.get("staff", "/api/v1/enrollments/{id}", idOf(wrong[1]))).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(unpaid, "$.status")).isEqualTo("PENDING");

		String again = imports.imported("staff", "payments", "bayar.csv", file);
		assertThat((Integer) JsonPath.read(again, "$.created")).isZero();
		assertThat((Integer) JsonPath.read(again, "$.duplicates")).isEqualTo(1);
		String payments = mvc.perform(Api.get("staff", "/api/v1/enrollments/{id}/payments", enrollment)).andReturn().getResponse().getContentAsString();
		assertThat((List<Object>) JsonPath.read(payments, "$")).hasSize(1);
	}

	@Test
	void findsTheWorkerOfANikWrittenWithDotsOrSpaces() throws Exception {
		// domain.md, Identity data: a payment report's NIK goes through the same stripping as a typed one.
		String[] paying = enrolled("Bayar Titik");
		long due = ((Number) JsonPath.read(paying[1], "$.monthlyContribution")).longValue();
		String nik = paying[0];
		String dotted = nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6) + "." + nik.substring(6, 12)
				+ "." + nik.substring(12);
		byte[] file = utf8("nik,paidOn,months,amount\n" + dotted + "," + LocalDate.now(ZoneId.of("Asia/Jakarta")) + ",1," + due + "\n");
		String json = new Imports(mvc).imported("staff", "payments", "bayar.csv", file);
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(1);
		String paid = mvc.perform(Api.get("staff", "/api/v1/enrollments/{id}", idOf(paying[1]))).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(paid, "$.status")).isEqualTo("ACTIVE");
	}
}
