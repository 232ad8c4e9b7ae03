package id.desasadar.enrollment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registration form as a browser posts it, by default a trader of Desa Wonopringgo, BPU, JKK + JKM + JHT,
 * consenting; {@link #with} replaces a field's values.
 */
public final class RegistrationParams {

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	private RegistrationParams(String nik, String name) {
		with("nik", nik).with("name", name).with("birthDate", "1985-03-12").with("sex", "MALE")
			.with("phone", "0812-3456-7890").with("villageCode", "33.26.12.2008").with("address", "RT 01 RW 02")
			.with("occupation", "Penjual nasi goreng").with("segment", "BPU").with("sector", "TRADE")
			.with("monthlyIncome", "1.000.000").with("villageRole", "RESIDENT").with("programs", "JKK", "JKM", "JHT")
			.with("payer", "SELF").with("consent", "true");
	}

	public static RegistrationParams of(String nik, String name) {
		return new RegistrationParams(nik, name);
	}

	public static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String nik, String name) {
		return of(nik, name).to(request);
	}

	public RegistrationParams with(String field, String... values) {
		fields.put(field, List.of(values));
		return this;
	}

	public RegistrationParams without(String field) {
		fields.remove(field);
		return this;
	}

	public MockHttpServletRequestBuilder to(MockHttpServletRequestBuilder request) {
		fields.forEach((field, values) -> request.param(field, values.toArray(String[]::new)));
		return request;
	}
}
