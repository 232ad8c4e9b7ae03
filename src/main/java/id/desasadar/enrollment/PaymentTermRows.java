package id.desasadar.enrollment;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored payment terms, of every period. */
interface PaymentTermRows extends Repository<PaymentTermRow, Long> {

	List<PaymentTermRow> findAll();

	PaymentTermRow save(PaymentTermRow row);
}
