package id.desasadar.card;

import java.time.YearMonth;
import java.util.List;

import id.desasadar.contribution.Program;
import id.desasadar.enrollment.CoverageStatus;

/**
 * What a participant card shows (issue #18 item 4): the name, the masked NIK, the programs, the status, the month
 * covered through ({@code null} before the first payment), the participant number once the agency gave one
 * ({@code null} before), and the address of the public check its QR code opens. {@code status} is {@code null} for
 * a worker without an open enrollment.
 */
record ParticipantCard(long workerId, String name, String nikMasked, List<Program> programs, CoverageStatus status,
		YearMonth paidThrough, String participantNumber, String checkAddress) {

	/** The first word of the name: all a stranger who scans the card learns of it. */
	String firstName() {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}
}
