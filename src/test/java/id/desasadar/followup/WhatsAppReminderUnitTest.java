package id.desasadar.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;

import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.LapsedReturn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class WhatsAppReminderUnitTest {

	static final WhatsAppReminder REMINDER = new WhatsAppReminder(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/followup");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static FollowUpEntry entry(String name, String phone, CoverageStatus status, int months) {
		return new FollowUpEntry(7, name, "3326************", true, "33.26.12.2008", "Wonopringgo", phone, status,
				months, YearMonth.of(2026, 8));
	}

	static String text(String link) {
		return URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void opensAChatWithTheNumberInDigitsAndAnEncodedReminder() {
		String link = REMINDER.linkFor(entry("Siti & Budi", "+6281234567890", CoverageStatus.ARREARS, 2));
		assertThat(link).startsWith("https://wa.me/6281234567890?text=Halo%20Bapak%2FIbu%20Siti%20%26%20Budi.");
		assertThat(text(link)).startsWith("Halo Bapak/Ibu Siti & Budi.").contains("belum dibayar selama 2 bulan")
			.contains("Mohon segera dibayar");
	}

	@Test
	@DisplayName("domain.md Lapse and return: by default a lapsed worker is told that paying resumes the participation")
	void tellsALapsedWorkerThatPayingResumesTheParticipation() {
		String text = text(REMINDER.linkFor(entry("Darto", "+6281234567890", CoverageStatus.LAPSED, 76)));
		assertThat(text).contains("selama 76 bulan").contains("kepesertaan Anda berhenti")
			.contains("cukup dengan membayar iuran bulan ini").doesNotContain("mendaftar kembali");
	}

	@Test
	@DisplayName("domain.md Lapse and return: where a new enrollment is required, the reminder asks to register again")
	void asksALapsedWorkerToRegisterAgainWhereTheSettingRequiresIt() {
		WhatsAppReminder reminder = new WhatsAppReminder(messages(), LapsedReturn.NEW_ENROLLMENT);
		String text = text(reminder.linkFor(entry("Darto", "+6281234567890", CoverageStatus.LAPSED, 76)));
		assertThat(text).contains("selama 76 bulan").contains("kepesertaan Anda berakhir").contains("mendaftar kembali")
			.doesNotContain("Mohon segera dibayar");
	}

	@Test
	void speaksIndonesianToTheWorkerWhateverThePageLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(text(REMINDER.linkFor(entry("Darto", "+6281234567890", CoverageStatus.ARREARS, 1))))
			.startsWith("Halo Bapak/Ibu Darto.");
	}

	@Test
	void hasNoLinkWithoutAPhone() {
		assertThat(REMINDER.linkFor(entry("Darto", null, CoverageStatus.ARREARS, 1))).isNull();
	}
}
