package id.desasadar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.support.TableFormat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The dashboard's tables as CSV and XLSX: the page's rows, its filters, its scope and its roles. */
@IntegrationTest
class DashboardDownloadsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	String api(String query) throws Exception {
		return mvc.perform(Api.get("manager", "/api/v1/dashboard/coverage?" + query)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	List<String> csv(String path) throws Exception {
		String body = mvc.perform(pages().get("manager", path)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return body.substring(1).lines().toList();
	}

	@Test
	void theRegionsTableHoldsEachChildWithItsFigures() throws Exception {
		String json = api("regionCode=33.26");
		List<String> lines = csv("/dashboard/regions.csv?region=33.26");
		assertThat(lines.get(0)).isEqualTo("code,name,workers,enrolled,active,workforceEstimate,coverage");
		List<Map<String, Object>> children = JsonPath.read(json, "$.children");
		assertThat(lines).hasSize(children.size() + 1);
		for (int i = 0; i < children.size(); i++) {
			Map<String, Object> child = children.get(i);
			assertThat(lines.get(i + 1)).startsWith(child.get("code") + "," + child.get("name") + "," + child.get("workers")
					+ "," + child.get("enrolled") + "," + child.get("active") + ",");
		}
	}

	@Test
	void everyTableDownloadsAsXlsxWithTheSameRows() throws Exception {
		String json = api("regionCode=33.26");
		for (String table : List.of("regions", "programs", "months", "statuses", "events")) {
			byte[] xlsx = mvc.perform(pages().get("manager", "/dashboard/" + table + ".xlsx?region=33.26"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", TableFormat.XLSX.mediaType()))
				.andExpect(header().string("Content-Disposition", containsString("dasbor-" + table + "-33.26-")))
				.andReturn().getResponse().getContentAsByteArray();
			List<String> firstColumn = new ArrayList<>();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Row row : workbook.getSheetAt(0)) {
					firstColumn.add(row.getCell(0).toString());
				}
			}
			List<String> csvFirstColumn = csv("/dashboard/" + table + ".csv?region=33.26").stream()
				.map(line -> line.split(",", -1)[0]).toList();
			assertThat(firstColumn).hasSameSizeAs(csvFirstColumn);
			assertThat(firstColumn.get(0)).isEqualTo(csvFirstColumn.get(0));
		}
		List<String> statuses = csv("/dashboard/statuses.csv?region=33.26");
		assertThat(statuses).containsExactly("status,enrollments", "ACTIVE," + JsonPath.read(json, "$.statuses.active"),
				"ARREARS," + JsonPath.read(json, "$.statuses.arrears"), "LAPSED," + JsonPath.read(json, "$.statuses.lapsed"),
				"PENDING," + JsonPath.read(json, "$.statuses.pending"));
		List<String> months = csv("/dashboard/months.csv?region=33.26");
		assertThat(months).hasSize(13);
		List<Number> eventIds = JsonPath.read(json, "$.events[*].id");
		List<String> events = csv("/dashboard/events.csv?region=33.26");
		assertThat(events.subList(1, events.size()).stream().map(line -> Long.valueOf(line.split(",")[0])).toList())
			.isEqualTo(eventIds.stream().map(Number::longValue).toList());
	}

	@Test
	void keepsTheFilterOfThePage() throws Exception {
		String json = api("regionCode=33.26&from=2019-08-01&to=2019-09-30");
		List<String> months = csv("/dashboard/months.csv?region=33.26&from=2019-08-01&to=2019-09-30");
		assertThat(months.subList(1, months.size())).containsExactly(
				"2019-08," + JsonPath.read(json, "$.byMonth[0].enrollments"),
				"2019-09," + JsonPath.read(json, "$.byMonth[1].enrollments"));
		List<String> regions = csv("/dashboard/regions.csv?region=33.26&from=2019-08-01&to=2019-09-30");
		long enrolled = regions.subList(1, regions.size()).stream().mapToLong(line -> Long.parseLong(line.split(",")[3])).sum();
		assertThat(enrolled).isEqualTo(((Number) JsonPath.read(json, "$.totals.enrolled")).longValue()).isPositive();
	}

	@Test
	void answersOnlyManagersWithinTheirScope() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard/regions.csv?region=33.25")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/dashboard/events.xlsx?region=33")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/dashboard/regions.pdf?region=33.26")).andExpect(status().isNotFound());
		mvc.perform(pages().get("staff", "/dashboard/regions.csv?region=33.26")).andExpect(status().isForbidden());
		mvc.perform(pages().get("kades.wonopringgo", "/dashboard/statuses.csv?region=33.26.12.2008"))
			.andExpect(status().isForbidden());
		mvc.perform(pages().get("admin", "/dashboard/regions.csv?region=33.25")).andExpect(status().isOk());
	}
}
