package id.desasadar.village;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The declaration of a village as Desa Sadar, with the agreement (MoU) signed with the branch. */
@Entity
@Table(name = "designation")
public class Designation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "village_code")
	private String villageCode;

	@Column(name = "declared_on")
	private LocalDate declaredOn;

	@Column(name = "agreement_number")
	private String agreementNumber;

	@Column(name = "declared_by")
	private String declaredBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Designation() {
	}

	Designation(String villageCode, LocalDate declaredOn, String agreementNumber, String by, Instant now) {
		this.villageCode = villageCode;
		this.declaredOn = declaredOn;
		this.agreementNumber = agreementNumber;
		this.declaredBy = by;
		this.createdAt = now;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public LocalDate getDeclaredOn() {
		return declaredOn;
	}

	public String getAgreementNumber() {
		return agreementNumber;
	}

	public String getDeclaredBy() {
		return declaredBy;
	}
}
