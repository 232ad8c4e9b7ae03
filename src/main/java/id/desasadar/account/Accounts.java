package id.desasadar.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, Long> {

	@EntityGraph(attributePaths = "scopes")
	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	long count();

	Account save(Account account);
}
