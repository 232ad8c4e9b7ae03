package id.desasadar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** Requests to the JSON API as one of the demo accounts, and test data that no two tests share. */
public final class Api {

	private static final AtomicInteger SERIAL = new AtomicInteger(1000 + (int) (ProcessHandle.current().pid() % 5000));

	private Api() {
	}

	/**
	 * Sends the requests all at once, as when officers act together, and answers their statuses in order.
	 * The threads start together on a latch, so the requests really overlap.
	 */
	public static List<Integer> statusesAtOnce(MockMvc mvc, List<? extends RequestBuilder> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (RequestBuilder request : requests) {
			answers.add(pool.submit(() -> {
				start.await();
				return mvc.perform(request).andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}
		return statuses;
	}

	public static MockHttpServletRequestBuilder get(String user, String uri, Object... vars) {
		return as(user, MockMvcRequestBuilders.get(uri, vars));
	}

	public static MockHttpServletRequestBuilder post(String user, String uri, String json, Object... vars) {
		return as(user, MockMvcRequestBuilders.post(uri, vars)).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	public static MockHttpServletRequestBuilder put(String user, String uri, String json, Object... vars) {
		return as(user, MockMvcRequestBuilders.put(uri, vars)).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(user, "demo")).accept(MediaType.APPLICATION_JSON);
	}

	/**
	 * A NIK never used before in this test run, issued in Kecamatan Wonopringgo (33.26.12) for the birth
	 * date and sex given (domain.md: DDMMYY, day + 40 for women).
	 */
	public static String freshNik(LocalDate birthDate, boolean female) {
		int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
		return "332612%02d%02d%02d%04d".formatted(day, birthDate.getMonthValue(), birthDate.getYear() % 100,
				SERIAL.getAndIncrement() % 9999 + 1);
	}

	/** A worker of Desa Wonopringgo as JSON, a self-employed trader earning Rp1,000,000. */
	public static String workerJson(String nik, String name) {
		return """
				{"nik": "%s", "name": "%s", "birthDate": "1985-03-12", "sex": "MALE", "phone": "0812-3456-7890",
				 "villageCode": "33.26.12.2008", "address": "RT 01 RW 02", "occupation": "Penjual nasi goreng",
				 "segment": "BPU", "sector": "TRADE", "monthlyIncome": 1000000, "villageRole": "RESIDENT",
				 "consent": true}""".formatted(nik, name);
	}

	public static String freshWorkerNik() {
		return freshNik(LocalDate.of(1985, 3, 12), false);
	}

	/**
	 * A NIK never used before in this test run, issued in the district given ({@code 33.26.10}): its first
	 * 6 digits are the district code's digits. A NIK from another district than the worker's village is
	 * only a warning.
	 */
	public static String freshNik(String districtCode, LocalDate birthDate, boolean female) {
		return districtCode.replace(".", "") + freshNik(birthDate, female).substring(6);
	}

	/** A self-employed trader earning Rp1,000,000, male, in the village and with the role and birth date given. */
	public static String workerJson(String nik, String name, String villageCode, String villageRole,
			LocalDate birthDate) {
		return workerJson(nik, name).replace("33.26.12.2008", villageCode)
			.replace("\"RESIDENT\"", "\"" + villageRole + "\"")
			.replace("1985-03-12", birthDate.toString());
	}

	/** The numeric {@code id} of a JSON body. */
	public static long idOf(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}
}
