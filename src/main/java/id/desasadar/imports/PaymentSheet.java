package id.desasadar.imports;

import java.util.List;

/** The columns of a payment report: whose, when, how many months, how much, how paid ({@code POST .../payments}). */
final class PaymentSheet {

	static final List<Column> COLUMNS = List.of(
			new Column("nik", "NIK", true, "nomor induk kependudukan"),
			new Column("paidOn", "tanggal bayar", true, "tanggal pembayaran", "tgl bayar"),
			new Column("months", "jumlah bulan", true, "bulan"),
			new Column("amount", "jumlah iuran", true, "nominal", "jumlah", "jumlah bayar"),
			new Column("channel", "cara bayar", false, "kanal", "saluran"),
			new Column("reference", "nomor transaksi", false, "no transaksi", "referensi", "no referensi"));

	static final List<String> EXAMPLE = List.of("3326125203850001", "2026-11-05", "1", "16800", "BANK", "TRX-20261105-0042");

	private PaymentSheet() {
	}

	static List<String> headers() {
		return COLUMNS.stream().map(Column::header).toList();
	}
}
