package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML check can fail: it finds the mistakes the templates once had, and lets htmx's attributes pass. */
class HtmlValidityUnitTest {

	static final HtmlValidity CHECKER = new HtmlValidity();

	static String page(String body) {
		return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Uji</title></head><body>"
				+ body + "</body></html>";
	}

	@Test
	void passesAValidPageWithHtmxAttributes() {
		assertThat(CHECKER.errors(page("""
				<main><a href="/workers" hx-get="/workers" hx-target="#list" hx-push-url="true">Pekerja</a>
				<div id="list" hx-trigger="load" data-chart="bar"></div>
				<time datetime="2026-12-04T10:00:00+07:00">4 Des 2026</time></main>"""))).isEmpty();
	}

	@Test
	void findsDuplicateIds() {
		assertThat(CHECKER.errors(page("<p id=\"a\">x</p><p id=\"a\">y</p>"))).singleElement()
			.asString().contains("Duplicate ID “a”");
	}

	@Test
	void findsATimeTheStandardCannotRead() {
		assertThat(CHECKER.errors(page("<time datetime=\"2026-12-04 10:00:00.123456\">tadi</time>")))
			.singleElement().asString().contains("datetime");
	}

	@Test
	void findsAutocompleteOnARadioButton() {
		assertThat(CHECKER.errors(page("<label>Ya <input type=\"radio\" name=\"r\" autocomplete=\"off\"></label>")))
			.singleElement().asString().contains("autocomplete");
	}

	@Test
	void findsALegendOutsideAFieldset() {
		assertThat(CHECKER.errors(page("<div><legend>Alamat</legend></div>"))).isNotEmpty();
	}

	@Test
	void ignoresOnlyHtmxAttributesNotOtherUnknownOnes() {
		assertThat(CHECKER.errors(page("<p hx-get=\"/x\" colour=\"red\">x</p>"))).singleElement()
			.asString().contains("Attribute “colour”").doesNotContain("Attribute “hx-get”");
	}

	@Test
	void findsAPageWithoutATitle() {
		assertThat(CHECKER.errors("<!DOCTYPE html><html lang=\"id\"><head></head><body></body></html>")).isNotEmpty();
	}
}
