package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

/**
 * What a page session stores (Spring Session JDBC): the signed-in account goes into bytes and comes back whole,
 * and bytes that no longer read (a class changed by a newer release) come back as no attribute, not an error.
 */
class SessionStoreUnitTest {

	final ConversionService conversion = new SessionStore().springSessionConversionService();

	@Test
	void theSignedInAccountGoesIntoBytesAndComesBackWithoutItsPassword() {
		AccountPrincipal principal = new AccountPrincipal(new Viewer("staff", Role.STAFF, List.of(new RegionCode("33.26"))),
				"Petugas", "{bcrypt}$2a$04$hash", true, 3).withoutPassword();
		byte[] bytes = (byte[]) conversion.convert(principal, TypeDescriptor.forObject(principal),
				TypeDescriptor.valueOf(byte[].class));
		Object read = conversion.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
		assertThat(read).isEqualTo(principal);
		assertThat(((AccountPrincipal) read).getPassword()).isNull();
	}

	@Test
	void bytesThatNoLongerReadAreNoAttribute() {
		byte[] garbage = { (byte) 0xac, (byte) 0xed, 0, 5, 's', 'r', 0, 3, 'x', 'y', 'z' };
		assertThat(conversion.convert(garbage, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)))
			.isNull();
	}
}
