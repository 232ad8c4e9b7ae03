package id.desasadar.contribution;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored lines of the BPU nominal table, of every period. */
interface IncomeBrackets extends Repository<IncomeBracketRow, Long> {

	List<IncomeBracketRow> findAll();

	IncomeBracketRow save(IncomeBracketRow row);
}
