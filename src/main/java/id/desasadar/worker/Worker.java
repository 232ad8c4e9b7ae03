package id.desasadar.worker;

import java.time.Instant;
import java.time.LocalDate;

import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered worker (peserta). The NIK is the person: one worker per NIK (domain.md, Identity data). */
@Entity
@Table(name = "worker")
public class Worker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nik;

	private String name;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String phone;

	@Column(name = "village_code")
	private String villageCode;

	private String address;

	private String occupation;

	@Enumerated(EnumType.STRING)
	private Segment segment;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	@Enumerated(EnumType.STRING)
	@Column(name = "employer_size")
	private EmployerSize employerSize;

	@Column(name = "risk_class")
	private Integer riskClass;

	@Column(name = "monthly_income")
	private long monthlyIncome;

	@Enumerated(EnumType.STRING)
	@Column(name = "village_role")
	private VillageRole villageRole;

	@Column(name = "consent_version")
	private String consentVersion;

	@Column(name = "consented_at")
	private Instant consentedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "participant_number")
	private String participantNumber;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	@Column(name = "anonymised_by")
	private String anonymisedBy;

	@Version
	private long version;

	protected Worker() {
	}

	Worker(WorkerDetails details, String consentVersion, String by, Instant now) {
		apply(details, by, now);
		this.consentVersion = consentVersion;
		this.consentedAt = now;
		this.createdAt = now;
		this.createdBy = by;
	}

	/** A correction of the worker's data; the consent stays as given. */
	void apply(WorkerDetails details, String by, Instant now) {
		this.nik = details.nik().value();
		this.name = details.name();
		this.birthDate = details.birthDate();
		this.sex = details.sex();
		this.phone = details.phone() == null ? null : details.phone().e164();
		this.villageCode = details.villageCode();
		this.address = details.address();
		this.occupation = details.occupation();
		this.segment = details.segment();
		this.sector = details.sector();
		this.employerSize = details.employerSize();
		this.riskClass = details.riskClass();
		this.monthlyIncome = details.monthlyIncome();
		this.villageRole = details.villageRole();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/**
	 * Makes a worker who left unidentifiable (UU 27/2022), keeping what the figures count: village, sex,
	 * segment, sector, role in the village, income, enrollments and payments. The birth date keeps only its
	 * year (1 January), which ages and figures by age still read; name, NIK, phone, address and occupation go.
	 */
	void anonymise(String by, Instant now) {
		this.nik = null;
		this.name = ANONYMOUS_NAME;
		this.birthDate = birthDate.withDayOfYear(1);
		this.phone = null;
		this.address = null;
		this.occupation = null;
		this.participantNumber = null;
		this.anonymisedAt = now;
		this.anonymisedBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Sets or clears ({@code null}) the agency's participant number; unique among workers (the database says). */
	void assignParticipantNumber(ParticipantNumber number, String by, Instant now) {
		this.participantNumber = number == null ? null : number.value();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** The agency's participant number (KPJ), {@code null} until the agency's core system gave one. */
	public ParticipantNumber getParticipantNumber() {
		return participantNumber == null ? null : new ParticipantNumber(participantNumber);
	}

	/** The name an anonymised worker keeps (the column is required); pages show their own label instead. */
	public static final String ANONYMOUS_NAME = "ANONIM";

	public boolean isAnonymised() {
		return anonymisedAt != null;
	}

	public Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	public String getAnonymisedBy() {
		return anonymisedBy;
	}

	public Long getId() {
		return id;
	}

	/** {@code null} once the worker is anonymised. */
	public Nik getNik() {
		return nik == null ? null : new Nik(nik);
	}

	public String getName() {
		return name;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public Sex getSex() {
		return sex;
	}

	public PhoneNumber getPhone() {
		return phone == null ? null : new PhoneNumber(phone);
	}

	public String getVillageCode() {
		return villageCode;
	}

	public String getAddress() {
		return address;
	}

	public String getOccupation() {
		return occupation;
	}

	public Segment getSegment() {
		return segment;
	}

	public Sector getSector() {
		return sector;
	}

	public EmployerSize getEmployerSize() {
		return employerSize;
	}

	public Integer getRiskClass() {
		return riskClass;
	}

	public long getMonthlyIncome() {
		return monthlyIncome;
	}

	public VillageRole getVillageRole() {
		return villageRole;
	}

	public String getConsentVersion() {
		return consentVersion;
	}

	public Instant getConsentedAt() {
		return consentedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
