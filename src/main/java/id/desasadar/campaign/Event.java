package id.desasadar.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event in a village, such as the Festival Nasi Goreng booth; it belongs to its village. */
@Entity
@Table(name = "event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(name = "village_code")
	private String villageCode;

	private String name;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Column(name = "event_date")
	private LocalDate date;

	private String location;

	private String notes;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Event() {
	}

	Event(Long campaignId, String villageCode, String name, EventKind kind, LocalDate date, String location,
			String notes, String by, Instant now) {
		this.campaignId = campaignId;
		this.villageCode = villageCode;
		this.name = name;
		this.kind = kind;
		this.date = date;
		this.location = location;
		this.notes = notes;
		this.createdBy = by;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public String getName() {
		return name;
	}

	public EventKind getKind() {
		return kind;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getLocation() {
		return location;
	}

	public String getNotes() {
		return notes;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
