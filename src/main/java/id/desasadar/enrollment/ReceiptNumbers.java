package id.desasadar.enrollment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.desasadar.account.Viewer;
import id.desasadar.support.ConflictException;
import id.desasadar.support.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt numbers the application gives (api.md, "Payments and proof"): unique and never reused, from one
 * PostgreSQL sequence for every instance (a rolled-back payment leaves a gap, never a second use). A booth phone
 * takes a few of them while it has a signal ({@link #reserve}), so that a payment taken without one gets its number on
 * the spot, printed or sent at once, and keeps it after the sync ({@link #claim}).
 */
@Component
public class ReceiptNumbers {

	/** How many numbers a phone holds for the payments it may take offline: a festival day's worth. */
	static final int RESERVED_PER_PHONE = 30;

	private final JdbcTemplate jdbc;
	private final Clock clock;

	ReceiptNumbers(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The next number, for a payment recorded with a signal. */
	long next() {
		return jdbc.queryForObject("select nextval('receipt_number_seq')", Long.class);
	}

	/**
	 * The numbers held by this phone of this account for the payments it may take offline, topped up to
	 * {@link #RESERVED_PER_PHONE}: those it holds already and has not used, then new ones.
	 */
	@Transactional
	public List<Long> reserve(Viewer viewer, UUID device) {
		List<Long> held = held(viewer, device);
		int missing = RESERVED_PER_PHONE - held.size();
		if (missing > 0) {
			jdbc.update("""
					insert into reserved_receipt (receipt_number, reserved_by, device, reserved_at)
					select nextval('receipt_number_seq'), ?, ?, ? from generate_series(1, ?)""",
					viewer.username(), device, Timestamp.from(clock.instant()), missing);
		}
		return held(viewer, device);
	}

	private List<Long> held(Viewer viewer, UUID device) {
		return jdbc.queryForList("""
				select r.receipt_number from reserved_receipt r
				where r.reserved_by = ? and r.device = ?
				  and not exists (select 1 from payment p where p.receipt_number = r.receipt_number)
				order by r.receipt_number""", Long.class, viewer.username(), device);
	}

	/**
	 * The number a phone gave a payment offline, when it is one held for this account and not used. Part of the
	 * payment's transaction; the payment's unique number settles two sends racing for one number.
	 *
	 * @throws InvalidInputException {@code receiptNumber} when the account was never given it
	 * @throws ConflictException {@code receipt-number-used} when another payment has it
	 */
	long claim(long number, Viewer viewer) {
		Boolean held = jdbc.queryForObject(
				"select exists (select 1 from reserved_receipt where receipt_number = ? and reserved_by = ?)",
				Boolean.class, number, viewer.username());
		if (!Boolean.TRUE.equals(held)) {
			throw new InvalidInputException("receiptNumber", "payment.receipt-number.unknown");
		}
		Boolean used = jdbc.queryForObject("select exists (select 1 from payment where receipt_number = ?)", Boolean.class,
				number);
		if (Boolean.TRUE.equals(used)) {
			throw new ConflictException("receipt-number-used", "payment.receipt-number.used", Map.of());
		}
		return number;
	}

	/** The number as a receipt prints it: eight digits at least, so that numbers line up and are read out whole. */
	public static String format(long number) {
		return String.format("%08d", number);
	}
}
