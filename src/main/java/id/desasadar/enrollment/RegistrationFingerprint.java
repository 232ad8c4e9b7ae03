package id.desasadar.enrollment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.desasadar.worker.WorkerDetails;

/**
 * What a registration says, reduced to a SHA-256 digest, so that a send of a client id already saved can be told
 * apart from another registration reusing that id (api.md, "Registrations": {@code ALREADY_SAVED} or {@code 409
 * client-id-reused}). It digests the worker as checked (the NIK's digits, the phone as E.164, trimmed text), so
 * that a resend typed the same way, or from the same queue, always matches; and the enrollment as sent, with a date
 * left out staying left out (it would otherwise become the day of each send); and the first payment when there is one.
 * <p>
 * The digest is kept instead of the content: comparing needs nothing else, and it holds no readable personal data.
 * It is removed when the worker is anonymised ({@link Registrations#forgetContentOf}).
 */
final class RegistrationFingerprint {

	private RegistrationFingerprint() {
	}

	static byte[] of(WorkerDetails worker, EnrollmentRequest enrollment, PaymentRequest payment) {
		List<Object> content = new ArrayList<>(List.of(
				worker.nik().value(), worker.name(), worker.birthDate(), worker.sex(), text(worker.phone() == null ? null
						: worker.phone().e164()), worker.villageCode(), text(worker.address()), text(worker.occupation()),
				worker.segment(), worker.sector(), text(worker.employerSize()), text(worker.riskClass()),
				worker.monthlyIncome(), worker.villageRole(),
				programs(enrollment.programs()), upper(enrollment.payer()), text(enrollment.sponsorName()),
				text(enrollment.eventId()), text(enrollment.enrolledOn()), text(enrollment.agentId())));
		// only when there is one: a registration without a payment keeps the digest it had before payments came
		if (payment != null) {
			content.addAll(List.of("payment", text(payment.paidOn()), text(payment.months()), text(payment.amount()),
					upper(payment.channel()), text(payment.reference()), text(payment.receiptNumber())));
		}
		// each value on its own line, with its length first: no two contents give the same text
		String canonical = content.stream().map(value -> {
			String text = String.valueOf(value);
			return text.length() + ":" + text;
		}).collect(Collectors.joining("\n"));
		try {
			return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static String programs(List<String> programs) {
		return programs == null ? "" : programs.stream().filter(Objects::nonNull)
			.map(RegistrationFingerprint::upper).collect(Collectors.toCollection(TreeSet::new)).toString();
	}

	private static String upper(String text) {
		return text == null || text.isBlank() ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}
}
