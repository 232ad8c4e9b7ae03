package id.desasadar.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("domain.md Regions: Kemendagri codes PP.KK.CC.NNNN")
class RegionCodeUnitTest {

	@Test
	void knowsTheLevelFromTheSegments() {
		assertThat(new RegionCode("33").level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(new RegionCode("33.26").level()).isEqualTo(RegionLevel.REGENCY);
		assertThat(new RegionCode("33.26.12").level()).isEqualTo(RegionLevel.DISTRICT);
		assertThat(new RegionCode("33.26.12.2008").level()).isEqualTo(RegionLevel.VILLAGE);
	}

	@Test
	void rejectsCodesOfTheWrongShape() {
		for (String bad : new String[] { "3", "33.2", "33.26.1", "33.26.12.208", "332612", "33-26", "", "33.26." }) {
			assertThat(RegionCode.isWellFormed(bad)).as(bad).isFalse();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("33.2"));
		assertThat(RegionCode.isWellFormed(null)).isFalse();
	}

	@Test
	void containsExactlyTheRegionsUnderIt() {
		RegionCode regency = new RegionCode("33.26");
		assertThat(regency.contains("33.26")).isTrue();
		assertThat(regency.contains("33.26.12.2008")).isTrue();
		assertThat(regency.contains("33.27.01")).isFalse();
		assertThat(regency.contains("33")).isFalse();
	}

	@Test
	void boundsItsCodesForAnIndexRange() {
		RegionCode district = new RegionCode("33.26.12");
		String upper = district.upperBound();
		for (String under : new String[] { "33.26.12", "33.26.12.1001", "33.26.12.2008", "33.26.12.3999" }) {
			assertThat(under.compareTo(district.value()) >= 0 && under.compareTo(upper) < 0).as(under).isTrue();
		}
		for (String outside : new String[] { "33.26.13", "33.26.11.2001", "33.27" }) {
			assertThat(outside.compareTo(district.value()) >= 0 && outside.compareTo(upper) < 0).as(outside).isFalse();
		}
	}
}
