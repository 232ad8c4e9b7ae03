package id.desasadar.village;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import id.desasadar.enrollment.EnrollmentRoster;
import id.desasadar.support.PdfBlocks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes the village report as an A4 PDF straight into a stream: a first page to sign (figures, statuses,
 * the checklist, the signature block), then the enrolled residents read from a database cursor. The
 * residents' table is added in slices ({@link PdfPTable#setComplete}), so each finished page leaves memory
 * and a village of any size prints with flat memory. NIKs are always masked: the paper leaves the office.
 */
@Component
class VillageReportPdf {

	/** Rows handed to the document at a time: it lays them out and writes the pages they fill. */
	static final int ROWS_PER_SLICE = 100;

	static final Font TITLE = PdfBlocks.TITLE;
	static final Font HEADING = PdfBlocks.HEADING;
	static final Font TEXT = PdfBlocks.TEXT;
	static final Font BOLD = PdfBlocks.BOLD;
	static final Font SMALL = PdfBlocks.SMALL;

	private final EnrollmentRoster roster;
	private final MessageSource messages;

	VillageReportPdf(EnrollmentRoster roster, MessageSource messages) {
		this.roster = roster;
		this.messages = messages;
	}

	void write(VillageReport report, Locale locale, OutputStream out) {
		Text text = new Text(messages, locale);
		String printedOn = report.printedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		Document document = new Document(PageSize.A4, 48, 48, 48, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		writer.setPageEvent(new PdfBlocks.Footer(page -> text.get("village-report.pdf.footer", report.village().name(), printedOn, page)));
		document.addTitle(text.get("village-report.pdf.title", report.village().name()));
		document.open();
		new VillageReportFirstPage(report, text, printedOn).addTo(document);
		document.newPage();
		addResidents(report, text, document);
		document.close();
	}

	private void addResidents(VillageReport report, Text text, Document document) {
		document.add(paragraph(text.get("village-report.pdf.residents.title", report.village().name()), HEADING, 4));
		document.add(paragraph(text.get("village-report.pdf.residents.intro"), SMALL, 8));
		PdfPTable table = new PdfPTable(new float[] { 0.8f, 5f, 3.2f, 2.4f, 2.8f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setComplete(false);
		for (String key : new String[] { "number", "name", "nik", "programs", "status" }) {
			table.addCell(headerCell(text.get("village-report.pdf.residents." + key)));
		}
		long[] count = { 0 };
		roster.eachOfVillage(report.village().code(), true, entry -> {
			count[0]++;
			table.addCell(cell(Long.toString(count[0]), TEXT));
			table.addCell(cell(entry.name(), TEXT));
			table.addCell(cell(entry.nik() == null ? "" : entry.nik().masked(), TEXT)); // null: anonymised
			table.addCell(cell(entry.programs().stream().map(Enum::name).collect(Collectors.joining(", ")), TEXT));
			table.addCell(cell(entry.status() == null ? "" : text.get(entry.status().messageKey()), TEXT));
			if (count[0] % ROWS_PER_SLICE == 0) {
				document.add(table);
			}
		});
		table.setComplete(true);
		document.add(table);
		if (count[0] == 0) {
			document.add(paragraph(text.get("village-report.pdf.residents.none"), TEXT, 0));
		}
		document.add(paragraph(text.get("village-report.pdf.residents.total", count[0]), BOLD, 0));
	}

	static Paragraph paragraph(String content, Font font, float spacingAfter) {
		return PdfBlocks.paragraph(content, font, spacingAfter);
	}

	static PdfPCell headerCell(String content) {
		return PdfBlocks.headerCell(content);
	}

	static PdfPCell cell(String content, Font font) {
		return PdfBlocks.cell(content, font);
	}

	/** Messages of the report's language ({@link PdfBlocks.Text}). */
	static final class Text {

		private final PdfBlocks.Text text;

		Text(MessageSource messages, Locale locale) {
			this.text = new PdfBlocks.Text(messages, locale);
		}

		String get(String key, Object... args) {
			return text.get(key, args);
		}

		Locale locale() {
			return text.locale();
		}
	}
}
