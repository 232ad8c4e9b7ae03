package id.desasadar.village;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a village head keeps up to date about the village; the checklist counts from it. */
@Entity
@Table(name = "village_profile")
public class VillageProfile {

	@Id
	@Column(name = "village_code")
	private String villageCode;

	@Column(name = "head_name")
	private String headName;

	@Column(name = "head_phone")
	private String headPhone;

	@Column(name = "officials_count")
	private Integer officialsCount;

	@Column(name = "rt_rw_heads_count")
	private Integer rtRwHeadsCount;

	@Column(name = "workforce_estimate")
	private Integer workforceEstimate;

	@Column(name = "bumdes_active")
	private boolean bumdesActive;

	@Version
	private Long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected VillageProfile() {
	}

	VillageProfile(String villageCode) {
		this.villageCode = villageCode;
	}

	void update(ProfileDetails details, String by, Instant now) {
		this.headName = details.headName();
		this.headPhone = details.headPhone();
		this.officialsCount = details.officialsCount();
		this.rtRwHeadsCount = details.rtRwHeadsCount();
		this.workforceEstimate = details.workforceEstimate();
		this.bumdesActive = details.bumdesActive();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public String getHeadName() {
		return headName;
	}

	public String getHeadPhone() {
		return headPhone;
	}

	public Integer getOfficialsCount() {
		return officialsCount;
	}

	public Integer getRtRwHeadsCount() {
		return rtRwHeadsCount;
	}

	public Integer getWorkforceEstimate() {
		return workforceEstimate;
	}

	public boolean isBumdesActive() {
		return bumdesActive;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}
}
