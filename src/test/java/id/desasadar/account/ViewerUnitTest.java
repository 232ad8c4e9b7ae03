package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewerUnitTest {

	final Viewer regency = new Viewer("staff", Role.STAFF, List.of(new RegionCode("33.26")));
	final Viewer villageHead = new Viewer("kades", Role.VILLAGE_HEAD, List.of(new RegionCode("33.26.12.2008")));

	@Test
	@DisplayName("api.md Access: a record is visible when its village lies under one of the scopes")
	void seesVillagesUnderItsScopes() {
		assertThat(regency.sees("33.26.12.2008")).isTrue();
		assertThat(regency.sees("33.26")).isTrue();
		assertThat(regency.sees("33.27.01.2001")).isFalse();
		assertThat(regency.sees("33")).isFalse();
		assertThat(villageHead.sees("33.26.12.2008")).isTrue();
		assertThat(villageHead.sees("33.26.12.2007")).isFalse();
	}

	@Test
	void overlapsRegionsThatHoldItsScopeOrLieUnderIt() {
		assertThat(villageHead.overlaps("33.26.12")).isTrue();
		assertThat(villageHead.overlaps("33.26")).isTrue();
		assertThat(villageHead.overlaps("33.26.10")).isFalse();
		assertThat(regency.overlaps("33.26.12")).isTrue();
		assertThat(regency.overlaps("33")).isTrue();
		assertThat(regency.overlaps("33.01")).isFalse();
	}

	@Test
	void seesTheFullNikOnlyWhenItRegistersOrCorrectsWorkers() {
		assertThat(regency.seesFullNik()).isTrue();
		assertThat(new Viewer("m", Role.MANAGER, List.of(new RegionCode("33"))).seesFullNik()).isFalse();
		assertThat(villageHead.seesFullNik()).isFalse();
	}
}
