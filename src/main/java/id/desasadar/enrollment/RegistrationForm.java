package id.desasadar.enrollment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.desasadar.worker.WorkerRequest;

/**
 * The one form that registers a worker and enrolls them in programs, as the registration page and the booth
 * send it. Every field is text, as typed, so that nothing fails to bind and every bad field can be named
 * beside itself; the names are those of the JSON API (api.md, Workers and Enrollments).
 */
public class RegistrationForm {

	private String clientId;
	private String nik;
	private String name;
	private String birthDate;
	private String sex;
	private String phone;
	private String villageCode;
	private String address;
	private String occupation;
	private String segment;
	private String sector;
	private String employerSize;
	private String riskClass;
	private String monthlyIncome;
	private String villageRole;
	private String consent;
	private List<String> programs = new ArrayList<>();
	private String payer;
	private String sponsorName;

	/**
	 * A blank form for a self-employed resident with the core programs chosen, paying for themselves, with a client
	 * id of its own: the same form sent twice (a double tap, a resend after a lost answer) registers once.
	 */
	public static RegistrationForm blank(String villageCode) {
		RegistrationForm form = new RegistrationForm();
		form.clientId = UUID.randomUUID().toString();
		form.villageCode = villageCode;
		form.segment = "BPU";
		form.villageRole = "RESIDENT";
		form.payer = "SELF";
		form.programs = new ArrayList<>(List.of("JKK", "JKM"));
		return form;
	}

	/**
	 * The registration this form says, the amounts as read from the text typed. A form posted without a client id
	 * (a page from before they had one) gets one of its own.
	 */
	RegistrationRequest toRequest(Long income, Long risk, Long eventId) {
		return new RegistrationRequest(clientId == null || clientId.isBlank() ? UUID.randomUUID().toString() : clientId,
				new WorkerRequest(nik, name, birthDate, sex, phone, villageCode, address, occupation, segment, sector,
						employerSize, risk, income, villageRole, "true".equals(consent), null),
				new EnrollmentRequest(List.copyOf(programs), payer, sponsorName, eventId, null));
	}

	boolean hasProgram(String program) {
		return programs.stream().anyMatch(p -> p.equalsIgnoreCase(program));
	}

	void addPrograms(Collection<?> required) {
		required.forEach(program -> {
			if (!hasProgram(program.toString())) {
				programs.add(program.toString());
			}
		});
	}

	/** An amount of Rupiah as people write it: "1.000.000", "1,000,000" or "Rp 1000000"; null when blank. */
	public static Long wholeRupiah(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^rp\\.?", "").replaceAll("[\\s.,]", "");
		if (!digits.matches("\\d{1,12}")) {
			throw new NumberFormatException(text);
		}
		return Long.parseLong(digits);
	}

	public String getClientId() {
		return clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getNik() {
		return nik;
	}

	public void setNik(String nik) {
		this.nik = nik;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getSex() {
		return sex;
	}

	public void setSex(String sex) {
		this.sex = sex;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOccupation() {
		return occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getSegment() {
		return segment;
	}

	public void setSegment(String segment) {
		this.segment = segment;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getEmployerSize() {
		return employerSize;
	}

	public void setEmployerSize(String employerSize) {
		this.employerSize = employerSize;
	}

	public String getRiskClass() {
		return riskClass;
	}

	public void setRiskClass(String riskClass) {
		this.riskClass = riskClass;
	}

	public String getMonthlyIncome() {
		return monthlyIncome;
	}

	public void setMonthlyIncome(String monthlyIncome) {
		this.monthlyIncome = monthlyIncome;
	}

	public String getVillageRole() {
		return villageRole;
	}

	public void setVillageRole(String villageRole) {
		this.villageRole = villageRole;
	}

	public String getConsent() {
		return consent;
	}

	public void setConsent(String consent) {
		this.consent = consent;
	}

	public List<String> getPrograms() {
		return programs;
	}

	public void setPrograms(List<String> programs) {
		this.programs = programs == null ? new ArrayList<>() : new ArrayList<>(programs);
	}

	public String getPayer() {
		return payer;
	}

	public void setPayer(String payer) {
		this.payer = payer;
	}

	public String getSponsorName() {
		return sponsorName;
	}

	public void setSponsorName(String sponsorName) {
		this.sponsorName = sponsorName;
	}
}
