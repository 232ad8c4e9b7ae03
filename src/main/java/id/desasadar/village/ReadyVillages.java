package id.desasadar.village;

import java.time.LocalDate;
import java.util.List;

import id.desasadar.region.RegionCode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * How many villages of a region are ready for the Desa Sadar designation and how many are declared, for the
 * dashboard. Readiness is {@link Readiness#assess}, Java's one rule, so it is not counted in SQL: a flag per
 * village (village_readiness, V6__dashboard_aggregates.sql) holds the last assessment, and triggers note every
 * change of a village's facts (its workers, their roles and enrollments, its profile). Before counting, the
 * villages of the region whose facts changed since are assessed again, at most {@link #ASSESSED_PER_READ} at
 * once so that a read after a bulk load stays short; the scheduled repair assesses any others, and all of them
 * after a start with other criteria (settings) than the flags were assessed with.
 */
@Component
public class ReadyVillages {

	/** {@link VillageState} counted: ready, the checklist met and no designation; declared, a designation. */
	public record Counts(long ready, long declared) {
	}

	/** A village of one of the two lists, with the day it was declared (null while only ready). */
	public record Listed(String code, String name, LocalDate declaredOn) {
	}

	static final int ASSESSED_PER_READ = 500;

	private final JdbcTemplate jdbc;
	private final VillageOffice office;
	private final ReadinessSettings settings;

	ReadyVillages(JdbcTemplate jdbc, VillageOffice office, ReadinessSettings settings) {
		this.jdbc = jdbc;
		this.office = office;
		this.settings = settings;
	}

	public Counts of(RegionCode region) {
		assessChanged(region.value(), region.upperBound(), ASSESSED_PER_READ);
		long ready = jdbc.queryForObject("""
				select count(*) from village_readiness r
				where r.ready and r.village_code >= ? and r.village_code < ?
				  and not exists (select 1 from designation d where d.village_code = r.village_code)""",
				Long.class, region.value(), region.upperBound());
		long declared = jdbc.queryForObject(
				"select count(*) from designation where village_code >= ? and village_code < ?", Long.class,
				region.value(), region.upperBound());
		return new Counts(ready, declared);
	}

	/** The villages counted as ready (or as declared), in code order, a page at a time. */
	public Page<Listed> list(RegionCode region, boolean declared, Pageable pageable) {
		String from = declared ? """
				from designation d join region g on g.code = d.village_code
				where d.village_code >= ? and d.village_code < ?""" : """
				from village_readiness r join region g on g.code = r.village_code
				where r.ready and r.village_code >= ? and r.village_code < ?
				  and not exists (select 1 from designation d where d.village_code = r.village_code)""";
		if (!declared) {
			assessChanged(region.value(), region.upperBound(), ASSESSED_PER_READ);
		}
		long total = jdbc.queryForObject("select count(*) " + from, Long.class, region.value(), region.upperBound());
		List<Listed> villages = jdbc.query("select g.code, g.name, " + (declared ? "d.declared_on" : "null") + " " + from
				+ " order by g.code limit ? offset ?",
				(rs, n) -> new Listed(rs.getString(1), rs.getString(2),
						rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()),
				region.value(), region.upperBound(), pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(villages, pageable, total);
	}

	/**
	 * Assesses the villages whose facts changed, and records the changes seen: a change committed meanwhile
	 * leaves the village to assess again, and a slower assessment never overwrites a later one.
	 */
	int assessChanged(String from, String to, int limit) {
		record Changed(String code, long changes) {
		}
		List<Changed> changed = jdbc.query("""
				select village_code, changes from village_readiness
				where changes <> assessed and village_code >= ? and village_code < ? order by village_code limit ?""",
				(rs, n) -> new Changed(rs.getString(1), rs.getLong(2)), from, to, limit);
		for (Changed village : changed) {
			boolean ready = office.assess(village.code()).ready();
			jdbc.update("update village_readiness set ready = ?, assessed = ? where village_code = ? and assessed < ?",
					ready, village.changes(), village.code(), village.changes());
		}
		return changed.size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void assessAgainAfterStartIfCriteriaChanged() {
		assessAgainIfCriteriaChanged(settings.criteria());
	}

	/**
	 * Records the criteria in force (readiness_criteria, V14__readiness_criteria.sql) and, when they differ from
	 * those the flags were assessed with, marks every village to be assessed again, in the same statement: of
	 * several instances starting with new settings, only the first marks the villages.
	 *
	 * @return whether the criteria changed
	 */
	boolean assessAgainIfCriteriaChanged(ReadinessCriteria criteria) {
		return jdbc.queryForObject("""
				with recorded as (
				    insert into readiness_criteria (criteria) values (?)
				    on conflict (only_row) do update set criteria = excluded.criteria
				    where readiness_criteria.criteria is distinct from excluded.criteria
				    returning 1),
				marked as (
				    update village_readiness set changes = changes + 1 where exists (select 1 from recorded) returning 1)
				select exists (select 1 from recorded)""", Boolean.class, criteria.toString());
	}

	/**
	 * {@link #repair()} on a schedule, on one instance at a time (support.SchedulingConfiguration): the others
	 * skip their turn while it runs, and for a few seconds after, so that two instances do not repeat it.
	 */
	@Scheduled(initialDelayString = "${desa-sadar.readiness.repair-delay:PT1M}",
			fixedDelayString = "${desa-sadar.readiness.repair-delay:PT1M}")
	@SchedulerLock(name = "readiness-repair", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void scheduledRepair() {
		repair();
	}

	/**
	 * Assesses every village whose facts changed: on a schedule, for whatever the reads left (after a start,
	 * after a bulk load); a bulk loader may call it after {@code recount_coverage_aggregates()}.
	 */
	public void repair() {
		while (assessChanged("", "\uffff", ASSESSED_PER_READ) == ASSESSED_PER_READ) {
			// next batch
		}
	}
}
