package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Set;

/** Short ways to write the quote requests of the tests. */
final class QuoteRequests {

	private QuoteRequests() {
	}

	static QuoteRequest bpu(String date, long income, Set<Program> programs, Sector sector, Payer payer) {
		return new QuoteRequest(LocalDate.parse(date), Segment.BPU, income, programs, sector, payer, null, null);
	}

	static QuoteRequest bpu(String date, long income, Set<Program> programs) {
		return bpu(date, income, programs, Sector.TRADE, Payer.SELF);
	}

	static QuoteRequest pu(String date, long wage, Set<Program> programs, EmployerSize size, Integer riskClass) {
		return new QuoteRequest(LocalDate.parse(date), Segment.PU, wage, programs, Sector.MANUFACTURING, Payer.SELF,
				size, riskClass);
	}
}
