package id.desasadar.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enrollment campaign of a region over a period, with a target. */
@Entity
@Table(name = "campaign")
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "target_enrollments")
	private int targetEnrollments;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Campaign() {
	}

	Campaign(String name, String regionCode, LocalDate startsOn, LocalDate endsOn, int targetEnrollments, String by,
			Instant now) {
		this.name = name;
		this.regionCode = regionCode;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.targetEnrollments = targetEnrollments;
		this.createdBy = by;
		this.createdAt = now;
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public int getTargetEnrollments() {
		return targetEnrollments;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
