package id.desasadar.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaign;
import id.desasadar.campaign.CampaignPlanner;
import id.desasadar.campaign.CampaignRequest;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.EventRequest;
import id.desasadar.region.RegionCode;

/**
 * The 2019 campaign of the reports (domain.md, The story), with the Festival Nasi Goreng in Wonopringgo and
 * the launch at the Pendopo in Kajen, and a current 2026 campaign around the PP 50/2025 discount, so that
 * current figures move too. Events at the Pendopo in Kajen draw people from the whole regency.
 */
final class DemoCampaigns {

	static final String CAMPAIGN_2019 = "Kampanye Desa Sadar Kabupaten Pekalongan 2019";
	static final String CAMPAIGN_2026 = "Kampanye Desa Sadar Kabupaten Pekalongan 2026";
	static final String FESTIVAL = "Festival Nasi Goreng Wonopringgo";
	static final String LAUNCH = "Peluncuran Desa Sadar Kabupaten Pekalongan";
	/** Kelurahan Kajen, Kecamatan Kajen (33.26.08), where the Pendopo Kabupaten Pekalongan stands. */
	static final String KAJEN = "33.26.08.1016";
	static final LocalDate FESTIVAL_DAY = LocalDate.of(2019, 8, 21);
	static final LocalDate LAUNCH_DAY = LocalDate.of(2019, 9, 3);

	/** Branch management plans campaigns; an ADMIN viewer passes every scope check. */
	static final Viewer MANAGER = new Viewer("manager", Role.ADMIN, List.of(new RegionCode("33")));

	/** The events people enroll at, and the ones the designated villages' staff enrolled at. */
	record Planned(List<EventSlot> slots, long festival, long launch, long ketanonageng, long kedungjaran) {
	}

	private final CampaignPlanner planner;
	private final List<EventSlot> slots = new ArrayList<>();

	DemoCampaigns(CampaignPlanner planner) {
		this.planner = planner;
	}

	Planned plan() {
		Campaign first = planner.plan(new CampaignRequest(CAMPAIGN_2019, "33.26", "2019-08-01", "2019-12-31", 1000L),
				MANAGER);
		long festival = hold(first, DemoStory.WONOPRINGGO, FESTIVAL, "FESTIVAL", FESTIVAL_DAY, "Lapangan Desa Wonopringgo",
				"Festival Nasi Goreng ke-3: booth BPJS Ketenagakerjaan Kantor Cabang Pekalongan untuk penjual nasi goreng, "
						+ "pedagang kecil dan petani.", Set.of("33.26.12", "33.26.11", "33.26.13", "33.26.18"));
		long ketanonageng = hold(first, DemoStory.KETANONAGENG, "Sosialisasi Desa Sadar Ketanonageng", "SOCIALIZATION",
				LocalDate.of(2019, 8, 28), "Balai Desa Ketanonageng", null, Set.of("33.26.10"));
		long kedungjaran = hold(first, DemoStory.KEDUNGJARAN, "Sosialisasi Desa Sadar Kedungjaran", "SOCIALIZATION",
				LocalDate.of(2019, 8, 29), "Balai Desa Kedungjaran", null, Set.of("33.26.10"));
		long launch = hold(first, KAJEN, LAUNCH, "MEETING", LAUNCH_DAY, "Pendopo Kabupaten Pekalongan, Kajen",
				"Peluncuran bersama Pemerintah Kabupaten Pekalongan; penetapan Desa Ketanonageng dan Desa Kedungjaran.",
				Set.of("33.26.08", "33.26.07", "33.26.09"));
		hold(first, "33.26.19.2011", "Jemput bola nelayan Wonokerto", "DOOR_TO_DOOR", LocalDate.of(2019, 10, 16),
				"Tempat Pelelangan Ikan Wonokerto", null, Set.of("33.26.19", "33.26.17", "33.26.15"));
		hold(first, "33.26.04.2007", "Sosialisasi petani kopi Petungkriyono", "SOCIALIZATION", LocalDate.of(2019, 11, 13),
				"Balai Desa Tlogopakis", null, Set.of("33.26.01", "33.26.02", "33.26.03", "33.26.04", "33.26.05", "33.26.06"));
		hold(first, "33.26.14.2003", "Jemput bola pengrajin batik Buaran", "DOOR_TO_DOOR", LocalDate.of(2019, 12, 4),
				"Sentra batik Desa Wonoyoso", null, Set.of("33.26.14", "33.26.13", "33.26.16"));

		Campaign current = planner.plan(new CampaignRequest(CAMPAIGN_2026, "33.26", "2026-04-01", "2026-12-31", 400L),
				MANAGER);
		hold(current, KAJEN, "Sosialisasi diskon iuran PP 50/2025", "MEETING", LocalDate.of(2026, 4, 22),
				"Pendopo Kabupaten Pekalongan, Kajen", "Diskon 50% JKK dan JKM untuk BPU, April sampai Desember 2026.",
				Set.of("33.26.08", "33.26.09"));
		hold(current, DemoStory.WONOPRINGGO, "Festival Nasi Goreng Wonopringgo 2026", "FESTIVAL", LocalDate.of(2026, 8, 19),
				"Lapangan Desa Wonopringgo", null, Set.of("33.26.12", "33.26.11"));
		hold(current, "33.26.13.1020", "Jemput bola ojek dan kurir Kedungwuni", "DOOR_TO_DOOR", LocalDate.of(2026, 10, 14),
				"Pangkalan ojek Pasar Kedungwuni", "Diskon transportasi berlaku Januari 2026 sampai Maret 2027.",
				Set.of("33.26.13", "33.26.14", "33.26.08", "33.26.07"));
		hold(current, "33.26.19.2011", "Sosialisasi nelayan Wonokerto 2026", "SOCIALIZATION", LocalDate.of(2026, 11, 18),
				"Tempat Pelelangan Ikan Wonokerto", null, Set.of("33.26.19", "33.26.17", "33.26.15", "33.26.16"));
		return new Planned(List.copyOf(slots), festival, launch, ketanonageng, kedungjaran);
	}

	private long hold(Campaign campaign, String village, String name, String kind, LocalDate date, String location,
			String notes, Set<String> districts) {
		Event event = planner.hold(new EventRequest(campaign.getId(), village, name, kind, date.toString(), location,
				notes), MANAGER);
		slots.add(new EventSlot(event.getId(), village, date, districts, KAJEN.equals(village)));
		return event.getId();
	}
}
