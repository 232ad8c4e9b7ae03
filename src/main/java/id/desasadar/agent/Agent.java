package id.desasadar.agent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Perisai agent, who works in one region and belongs to it for scope. */
@Entity
@Table(name = "agent")
class Agent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String phone;

	@Column(name = "region_code")
	private String regionCode;

	private String code;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected Agent() {
	}

	Agent(String name, String phone, String regionCode, String code, String by, Instant now) {
		this.name = name;
		this.phone = phone;
		this.regionCode = regionCode;
		this.code = code;
		this.active = true;
		this.createdBy = by;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getPhone() {
		return phone;
	}

	String getRegionCode() {
		return regionCode;
	}

	String getCode() {
		return code;
	}

	boolean isActive() {
		return active;
	}
}
