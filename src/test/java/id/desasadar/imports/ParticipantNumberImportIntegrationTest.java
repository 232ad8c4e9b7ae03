package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #18 item 5: the import of participant numbers (NIK, participant number) from the agency's core system, with
 * the row errors and the idempotence of the other imports.
 */
@IntegrationTest
class ParticipantNumberImportIntegrationTest {

	@Autowired
	MockMvc mvc;

	static String freshNumber() {
		return "29" + "%09d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
	}

	long registered(String nik, String name) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	String numberOf(long worker) throws Exception {
		String json = mvc.perform(Api.get("staff", "/api/v1/workers/{id}", worker)).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.participantNumber");
	}

	@Test
	void setsNumbersNamesBadRowsAndASecondUploadChangesNothing() throws Exception {
		String first = freshWorkerNik();
		String second = freshWorkerNik();
		String third = freshWorkerNik();
		long one = registered(first, "Kpj Impor Satu");
		long two = registered(second, "Kpj Impor Dua");
		long three = registered(third, "Kpj Impor Tiga");
		String a = freshNumber();
		String b = freshNumber();
		byte[] file = utf8("NIK;nomor peserta\n"
				+ first + ";" + a + "\n"
				+ second + ";" + b.substring(0, 3) + " " + b.substring(3) + "\n"
				+ freshWorkerNik() + ";" + freshNumber() + "\n" // line 4: nobody has this NIK
				+ third + ";12345\n" // line 5: not 11 digits
				+ first + ";" + freshNumber() + "\n" // line 6: the same NIK again
				+ third + ";" + a + "\n"); // line 7: another worker's number
		Imports imports = new Imports(mvc);
		String json = imports.imported("staff", "participant-numbers", "kpj.csv", file);
		assertThat((String) JsonPath.read(json, "$.kind")).as(json).isEqualTo("PARTICIPANT_NUMBERS");
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(4);
		assertThat((List<Integer>) JsonPath.read(json, "$.errors[*].line")).containsExactly(4, 5, 6, 7);
		assertThat((List<String>) JsonPath.read(json, "$.errors[*].field"))
			.containsExactly("nik", "participantNumber", "nik", "participantNumber");
		assertThat(numberOf(one)).isEqualTo(a);
		assertThat(numberOf(two)).isEqualTo(b);
		assertThat(numberOf(three)).isNull();

		String again = imports.imported("staff", "participant-numbers", "kpj.csv", file);
		assertThat((Integer) JsonPath.read(again, "$.created")).as(again).isZero();
		assertThat((Integer) JsonPath.read(again, "$.duplicates")).isEqualTo(2);
		assertThat(numberOf(one)).isEqualTo(a);
	}

	@Test
	void aNewNumberFromTheCoreSystemReplacesTheOldAndEnglishHeadersAreRead() throws Exception {
		String nik = freshWorkerNik();
		long worker = registered(nik, "Kpj Ganti");
		Imports imports = new Imports(mvc);
		imports.imported("staff", "participant-numbers", "kpj.csv", utf8("nik,participantNumber\n" + nik + "," + freshNumber() + "\n"));
		String replaced = freshNumber();
		String json = imports.imported("staff", "participant-numbers", "kpj.csv", utf8("nik,KPJ\n" + nik + "," + replaced + "\n"));
		assertThat((Integer) JsonPath.read(json, "$.created")).as(json).isEqualTo(1);
		assertThat(numberOf(worker)).isEqualTo(replaced);
	}

	@Test
	void aVillageHeadMayNotImport() throws Exception {
		mvc.perform(Imports.upload("kades.wonopringgo", "participant-numbers", "kpj.csv", utf8("nik,KPJ\n")))
			.andExpect(status().isForbidden());
	}
}
