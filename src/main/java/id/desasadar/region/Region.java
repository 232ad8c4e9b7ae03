package id.desasadar.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One official region. Read-only for the application: the list is replaced by loading a new one. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	@Enumerated(EnumType.STRING)
	private VillageKind kind;

	protected Region() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public RegionLevel getLevel() {
		return level;
	}

	public String getParentCode() {
		return parentCode;
	}

	public VillageKind getKind() {
		return kind;
	}

	public boolean isVillage() {
		return level == RegionLevel.VILLAGE;
	}
}
