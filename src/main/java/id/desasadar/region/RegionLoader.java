package id.desasadar.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official region list shipped with the application (regions/README.md) on start: the regions of
 * Jawa Tengah by default, all of Indonesia with {@code desa-sadar.regions.dataset=indonesia}.
 *
 * <p>Idempotent: a dataset whose file has not changed is skipped, and loading upserts by code, so a new
 * decree's list renames regions and adds new ones without touching what refers to them. PostgreSQL's COPY
 * makes the national list (91,599 rows) a matter of seconds.
 */
@Component
public class RegionLoader implements ApplicationRunner, Ordered {

	static final String SOURCE = "regions/regions-indonesia.csv.gz";
	private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final RegionSettings settings;

	RegionLoader(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction, RegionSettings settings) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.settings = settings;
	}

	@Override
	public int getOrder() {
		return 0; // before the demo data, which needs the regions
	}

	@Override
	public void run(ApplicationArguments args) {
		load(settings.dataset());
	}

	/**
	 * Loads a dataset unless the same file was loaded before; answers the number of rows loaded. Public for an
	 * administrator who loads the national list from a page, as the start-up would with the setting.
	 */
	public int load(RegionDataset dataset) {
		String checksum = checksum(dataset);
		Integer known = jdbc.query("select row_count from region_dataset where name = ? and checksum = ?",
				rs -> rs.next() ? rs.getInt(1) : null, dataset.key(), checksum);
		if (known != null) {
			return 0;
		}
		long started = System.nanoTime();
		int rows = transaction.execute(status -> copyAndUpsert(dataset, checksum));
		log.info("Loaded {} regions of dataset {} in {} ms", rows, dataset.key(), (System.nanoTime() - started) / 1_000_000);
		return rows;
	}

	private int copyAndUpsert(RegionDataset dataset, String checksum) {
		// Inside the transaction, so the staging table and the rows commit or vanish together.
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement();
				Reader csv = new InputStreamReader(new GZIPInputStream(open()), StandardCharsets.UTF_8)) {
			statement.execute("create temporary table region_staging (code text, name text, level text, parent_code text, kind text) on commit drop");
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy region_staging from stdin with (format csv, header true)", csv);
			int rows = statement.executeUpdate("""
					insert into region (code, name, level, parent_code, kind)
					select code, name, level, nullif(parent_code, ''), nullif(kind, '')
					from region_staging where code like '%s%%'
					on conflict (code) do update set name = excluded.name, kind = excluded.kind
					where (region.name, region.kind) is distinct from (excluded.name, excluded.kind)"""
				.formatted(dataset.codePrefix()));
			jdbc.update("""
					insert into region_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)
					on conflict (name) do update set checksum = excluded.checksum, row_count = excluded.row_count,
					loaded_at = excluded.loaded_at""",
					dataset.key(), checksum, rows, java.sql.Timestamp.from(Instant.now()));
			return rows;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not load the regions from " + SOURCE, ex);
		}
	}

	private String checksum(RegionDataset dataset) {
		try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			digest.update(dataset.codePrefix().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream open() throws IOException {
		return new ClassPathResource(SOURCE).getInputStream();
	}
}
