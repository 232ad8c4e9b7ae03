package id.desasadar.enrollment;

import java.time.LocalDate;

/** The "record a payment" form of the worker page, as typed: {@code paidOn, months, amount, channel, reference}. */
class PaymentForm {

	private String paidOn;
	private String months;
	private String amount;
	private String channel;
	private String reference;

	static PaymentForm prefilled(LocalDate today, int months, Long amountDue) {
		PaymentForm form = new PaymentForm();
		form.paidOn = today.toString();
		form.months = String.valueOf(months);
		form.amount = amountDue == null ? null : String.valueOf(amountDue);
		form.channel = PaymentChannel.OTHER.name();
		return form;
	}

	/** The number of months as chosen, 1 when it is not one of 1 to 12. */
	int monthsOrOne() {
		try {
			int value = Integer.parseInt(months == null ? "" : months.strip());
			return value >= 1 && value <= 12 ? value : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	public String getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(String paidOn) {
		this.paidOn = paidOn;
	}

	public String getMonths() {
		return months;
	}

	public void setMonths(String months) {
		this.months = months;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}
}
