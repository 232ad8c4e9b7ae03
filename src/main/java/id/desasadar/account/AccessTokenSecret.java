package id.desasadar.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code dsp_} and 43 characters of base64url, 256 random bits. Only its
 * SHA-256 is stored: against 256 random bits a slow hash such as BCrypt adds nothing (nobody guesses 2^256), and
 * it would cost on every call what the token is there to save. The first 8 characters after {@code dsp_} are its
 * prefix, shown in lists so that a person tells their tokens apart; they leave 208 bits unknown.
 */
record AccessTokenSecret(String value) {

	static final String MARK = "dsp_";
	private static final int RANDOM_BYTES = 32;
	private static final Pattern FORMAT = Pattern.compile("dsp_[A-Za-z0-9_-]{43}");
	private static final SecureRandom RANDOM = new SecureRandom();

	static AccessTokenSecret generate() {
		byte[] random = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(random);
		return new AccessTokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	/** Whether a presented text has the shape of a secret: anything else is refused without a database read. */
	static boolean wellFormed(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	/** SHA-256 of the whole secret, hexadecimal: what the database keeps and looks a token up by. */
	String hash() {
		return hashOf(value);
	}

	static String hashOf(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	String prefix() {
		return value.substring(0, MARK.length() + 8);
	}

	/** Never shows the secret (in a log, say). */
	@Override
	public String toString() {
		return "AccessTokenSecret[" + prefix() + "...]";
	}
}
