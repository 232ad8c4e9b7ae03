package id.desasadar.receipt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.Program;
import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.enrollment.PaymentChannel;
import id.desasadar.enrollment.PaymentView;
import id.desasadar.enrollment.ReceiptNumbers;
import id.desasadar.worker.PhoneNumber;
import id.desasadar.worker.Worker;
import id.desasadar.worker.Workers;

/**
 * What a receipt says: whose payment, for which programs and months, how much, how it was paid. The NIK is always
 * masked, whoever prints it: the paper leaves the office.
 */
record Receipt(long paymentId, String number, LocalDate paidOn, String name, String maskedNik, List<Program> programs,
		YearMonth firstMonth, YearMonth lastMonth, int months, long amount, PaymentChannel channel, String reference,
		String recordedBy, PhoneNumber phone) {

	/** The receipt of a payment the viewer may read; 404 for one out of scope, as for the payment itself. */
	static Receipt of(long paymentId, Viewer viewer, EnrollmentDesk desk, Workers workers) {
		PaymentView payment = desk.payment(paymentId, viewer);
		var enrollment = desk.findVisible(payment.enrollmentId(), viewer);
		Worker worker = workers.findVisible(enrollment.getWorkerId(), viewer);
		return new Receipt(paymentId, ReceiptNumbers.format(payment.receiptNumber()), payment.paidOn(),
				worker.getName(), worker.getNik() == null ? "" : worker.getNik().masked(),
				enrollment.getPrograms().stream().sorted().toList(), payment.firstMonth(), payment.lastMonth(),
				payment.months(), payment.amount(), payment.channel(), payment.reference(), payment.recordedBy(),
				worker.getPhone());
	}

	/** The months paid as the receipt and its summary name them: "Agustus 2019" or "Agustus – Oktober 2019". */
	String months(Locale locale) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		return firstMonth.equals(lastMonth) ? firstMonth.format(month)
				: firstMonth.format(month) + " \u2013 " + lastMonth.format(month);
	}

	String programList() {
		return String.join(", ", programs.stream().map(Program::name).toList());
	}
}
