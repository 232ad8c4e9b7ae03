package id.desasadar.demo;

import static id.desasadar.contribution.EmployerSize.MICRO;
import static id.desasadar.contribution.EmployerSize.SMALL;
import static id.desasadar.contribution.Sector.AGRICULTURE;
import static id.desasadar.contribution.Sector.FISHERY;
import static id.desasadar.contribution.Sector.MANUFACTURING;
import static id.desasadar.contribution.Sector.OTHER;
import static id.desasadar.contribution.Sector.SERVICES;
import static id.desasadar.contribution.Sector.TRADE;
import static id.desasadar.contribution.Sector.TRANSPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people of each part of Kabupaten Pekalongan live from, as weighted draws: fried-rice vendors in
 * Wonopringgo, sugar cane in Sragi, fishing on the coast, batik around Buaran and Kedungwuni, coffee and
 * farming in the hills, trade and transport in the towns. Most are informal (BPU); a few work for an UMKM (PU).
 */
final class Occupations {

	static final Job NASI_GORENG = Job.bpu("Penjual nasi goreng", TRADE, 1_500_000, 3_000_000, 0.2);
	static final Job PEDAGANG = Job.bpu("Pedagang kecil", TRADE, 1_000_000, 2_500_000, 0.55);
	static final Job WARUNG = Job.bpu("Pemilik warung kelontong", TRADE, 1_200_000, 2_500_000, 0.6);
	static final Job PEDAGANG_IKAN = Job.bpu("Pedagang ikan", TRADE, 1_000_000, 2_000_000, 0.6);
	static final Job PETANI = Job.bpu("Petani", AGRICULTURE, 1_000_000, 1_800_000, 0.3);
	static final Job BURUH_TANI = Job.bpu("Buruh tani", AGRICULTURE, 1_000_000, 1_200_000, 0.45);
	static final Job PETANI_TEBU = Job.bpu("Petani tebu", AGRICULTURE, 1_000_000, 2_000_000, 0.2);
	static final Job PETANI_KOPI = Job.bpu("Petani kopi", AGRICULTURE, 1_000_000, 1_800_000, 0.3);
	static final Job PETERNAK = Job.bpu("Peternak kambing", AGRICULTURE, 1_000_000, 1_500_000, 0.2);
	static final Job NELAYAN = Job.bpu("Nelayan", FISHERY, 1_000_000, 2_200_000, 0.05);
	static final Job PETAMBAK = Job.bpu("Pembudidaya ikan bandeng", FISHERY, 1_200_000, 2_500_000, 0.15);
	static final Job OJEK = Job.bpu("Ojek pangkalan", TRANSPORT, 1_500_000, 2_500_000, 0.05);
	static final Job OJEK_ONLINE = Job.bpu("Pengemudi ojek online", TRANSPORT, 1_800_000, 3_000_000, 0.1);
	static final Job SOPIR = Job.bpu("Sopir angkutan desa", TRANSPORT, 1_500_000, 2_500_000, 0.0);
	static final Job BURUH_BATIK = Job.bpu("Buruh batik", MANUFACTURING, 1_000_000, 2_000_000, 0.6);
	static final Job PENGRAJIN_BATIK = Job.bpu("Pengrajin batik tulis", MANUFACTURING, 1_500_000, 3_000_000, 0.65);
	static final Job PENJAHIT = Job.bpu("Penjahit konveksi rumahan", MANUFACTURING, 1_200_000, 2_200_000, 0.7);
	static final Job TUKANG_CUKUR = Job.bpu("Tukang cukur", SERVICES, 1_200_000, 2_000_000, 0.0);
	static final Job MONTIR = Job.bpu("Montir bengkel motor", SERVICES, 1_500_000, 2_500_000, 0.0);
	static final Job TUKANG_BANGUNAN = Job.bpu("Tukang bangunan", SERVICES, 1_500_000, 2_500_000, 0.0);
	static final Job SERABUTAN = Job.bpu("Pekerja serabutan", OTHER, 1_000_000, 1_500_000, 0.35);
	static final Job KARYAWAN_KONVEKSI = Job.pu("Karyawan konveksi (UMKM)", MANUFACTURING, SMALL, 2, 2_200_000, 2_600_000, 0.6);
	static final Job PRAMUSAJI = Job.pu("Pramusaji rumah makan (UMKM)", TRADE, MICRO, 1, 2_100_000, 2_400_000, 0.5);
	static final Job KARYAWAN_TOKO = Job.pu("Karyawan toko batik (UMKM)", TRADE, SMALL, 1, 2_200_000, 2_700_000, 0.55);

	/** Village heads and officials (perangkat desa): paid from the village budget, on a fixed allowance. */
	static final Job KEPALA_DESA = Job.bpu("Kepala desa", OTHER, 3_000_000, 3_500_000, 0.15);
	static final Job PERANGKAT_DESA = Job.bpu("Perangkat desa", OTHER, 2_000_000, 2_500_000, 0.35);

	private record Weighted(Job job, int weight) {
	}

	private static final List<Weighted> TOWN = List.of(w(PEDAGANG, 20), w(WARUNG, 12), w(OJEK, 12), w(OJEK_ONLINE, 8),
			w(SOPIR, 4), w(TUKANG_CUKUR, 5), w(MONTIR, 6), w(TUKANG_BANGUNAN, 8), w(PETANI, 10), w(SERABUTAN, 5),
			w(PRAMUSAJI, 4), w(NASI_GORENG, 6));
	private static final List<Weighted> NASI_GORENG_COUNTRY = List.of(w(NASI_GORENG, 45), w(PEDAGANG, 12),
			w(WARUNG, 6), w(PETANI, 14), w(BURUH_TANI, 8), w(OJEK, 6), w(TUKANG_BANGUNAN, 5), w(SERABUTAN, 4));
	private static final List<Weighted> SUGAR_CANE = List.of(w(PETANI_TEBU, 25), w(BURUH_TANI, 20), w(PETANI, 10),
			w(PEDAGANG, 14), w(OJEK, 8), w(NASI_GORENG, 8), w(TUKANG_BANGUNAN, 6), w(PENJAHIT, 5), w(SERABUTAN, 4));
	private static final List<Weighted> COAST = List.of(w(NELAYAN, 35), w(PETAMBAK, 12), w(PEDAGANG_IKAN, 15),
			w(BURUH_BATIK, 10), w(PEDAGANG, 10), w(OJEK, 6), w(SERABUTAN, 6), w(KARYAWAN_TOKO, 3));
	private static final List<Weighted> BATIK = List.of(w(BURUH_BATIK, 30), w(PENGRAJIN_BATIK, 15), w(PENJAHIT, 12),
			w(KARYAWAN_KONVEKSI, 6), w(KARYAWAN_TOKO, 4), w(PEDAGANG, 12), w(OJEK_ONLINE, 8), w(OJEK, 5), w(WARUNG, 6));
	private static final List<Weighted> HILLS = List.of(w(PETANI, 30), w(PETANI_KOPI, 20), w(BURUH_TANI, 20),
			w(PETERNAK, 10), w(PEDAGANG, 8), w(OJEK, 6), w(SERABUTAN, 6));

	/** The character of each district (kecamatan) of 33.26; the rest are small towns. */
	private static final Map<String, List<Weighted>> BY_DISTRICT = Map.ofEntries(
			Map.entry("33.26.01", HILLS), Map.entry("33.26.02", HILLS), Map.entry("33.26.03", HILLS),
			Map.entry("33.26.04", HILLS), Map.entry("33.26.05", HILLS), Map.entry("33.26.06", HILLS),
			Map.entry("33.26.10", SUGAR_CANE), Map.entry("33.26.12", NASI_GORENG_COUNTRY),
			Map.entry("33.26.13", BATIK), Map.entry("33.26.14", BATIK), Map.entry("33.26.15", COAST),
			Map.entry("33.26.16", BATIK), Map.entry("33.26.17", COAST), Map.entry("33.26.19", COAST));

	private Occupations() {
	}

	static Job draw(String districtCode, Random random) {
		List<Weighted> table = BY_DISTRICT.getOrDefault(districtCode, TOWN);
		int total = table.stream().mapToInt(Weighted::weight).sum();
		int ticket = random.nextInt(total);
		for (Weighted entry : table) {
			ticket -= entry.weight();
			if (ticket < 0) {
				return entry.job();
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	/** Every job any district draws, for tests. */
	static List<Job> all() {
		List<Job> jobs = new ArrayList<>();
		for (List<Weighted> table : List.of(TOWN, NASI_GORENG_COUNTRY, SUGAR_CANE, COAST, BATIK, HILLS)) {
			table.stream().map(Weighted::job).filter(job -> !jobs.contains(job)).forEach(jobs::add);
		}
		return jobs;
	}

	private static Weighted w(Job job, int weight) {
		return new Weighted(job, weight);
	}
}
