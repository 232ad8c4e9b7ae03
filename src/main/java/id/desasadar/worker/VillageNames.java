package id.desasadar.worker;

import java.util.List;

import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Villages by the start of their name or code within one scope, for the village suggestions of the
 * registration form: the code range keeps a regency's officer to the regency's villages, and the
 * indexes region_name_idx and the primary key serve the prefix and the range.
 */
interface VillageNames extends Repository<Region, String> {

	@Query("""
			select r from Region r
			where r.level = :level and (lower(r.name) like concat(:prefix, '%') or r.code like concat(:prefix, '%'))
			and r.code >= :from and r.code < :to
			order by r.name, r.code""")
	List<Region> search(String prefix, RegionLevel level, String from, String to, Limit limit);
}
