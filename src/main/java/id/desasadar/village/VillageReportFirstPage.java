package id.desasadar.village;

import static id.desasadar.village.VillageReportPdf.BOLD;
import static id.desasadar.village.VillageReportPdf.HEADING;
import static id.desasadar.village.VillageReportPdf.SMALL;
import static id.desasadar.village.VillageReportPdf.TEXT;
import static id.desasadar.village.VillageReportPdf.TITLE;
import static id.desasadar.village.VillageReportPdf.cell;
import static id.desasadar.village.VillageReportPdf.headerCell;
import static id.desasadar.village.VillageReportPdf.paragraph;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;

import id.desasadar.region.Region;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The page the village head signs: which village, its figures, how the enrollments stand, the Desa Sadar
 * checklist with what is still missing, and the signature block with place and date.
 */
class VillageReportFirstPage {

	private final VillageReport report;
	private final VillageReportPdf.Text text;
	private final String printedOn;
	private final NumberFormat integer;
	private final NumberFormat percent;

	VillageReportFirstPage(VillageReport report, VillageReportPdf.Text text, String printedOn) {
		this.report = report;
		this.text = text;
		this.printedOn = printedOn;
		this.integer = NumberFormat.getIntegerInstance(text.locale());
		this.percent = NumberFormat.getPercentInstance(text.locale());
		this.percent.setMaximumFractionDigits(1);
	}

	void addTo(Document document) {
		VillageView village = report.village();
		document.add(paragraph(text.get("village-report.pdf.heading"), HEADING, 2));
		document.add(paragraph(text.get("village-report.pdf.village", text.get("regions.kind." + kind(village)),
				village.name()), TITLE, 2));
		document.add(paragraph(text.get("village-report.pdf.code", village.code()), TEXT, 0));
		for (Region parent : report.parents()) {
			document.add(paragraph(text.get("village-report.pdf.parent", text.get("regions.level." + parent.getLevel()),
					parent.getName(), parent.getCode()), TEXT, 0));
		}
		document.add(paragraph(text.get("village-report.pdf.printed-on", printedOn), TEXT, 0));
		document.add(paragraph(village.designation().status() == VillageView.DesignationStatus.DECLARED
				? text.get("village-report.pdf.designated",
						village.designation().declaredOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", text.locale())),
						village.designation().agreementNumber())
				: text.get("village-report.pdf.not-designated"), BOLD, 10));
		addFigures(document);
		addStatuses(document);
		addChecklist(document);
		addSignature(document);
	}

	private static String kind(VillageView village) {
		return village.kind() == null ? "DESA" : village.kind().name();
	}

	private void addFigures(Document document) {
		document.add(paragraph(text.get("village-report.pdf.figures"), HEADING, 4));
		VillagePages.Figures figures = report.figures();
		PdfPTable table = twoColumns();
		row(table, text.get("regions.figures.workers"), integer.format(figures.workers()));
		row(table, text.get("regions.figures.enrolled"), integer.format(figures.enrolled()));
		row(table, text.get("regions.figures.active"), integer.format(figures.active()));
		row(table, text.get("regions.figures.workforce"), figures.workforceEstimate() == null
				? text.get("regions.figures.unknown") : integer.format(figures.workforceEstimate()));
		row(table, text.get("regions.figures.coverage"), figures.coverage() == null
				? text.get("regions.figures.unknown") : percent.format(figures.coverage()));
		document.add(table);
	}

	private void addStatuses(Document document) {
		document.add(paragraph(text.get("village-report.statuses.title"), HEADING, 4));
		PdfPTable table = twoColumns();
		table.addCell(headerCell(text.get("village-report.statuses.status")));
		PdfPCell participants = headerCell(text.get("village-report.statuses.participants"));
		participants.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(participants);
		for (StatusBreakdown.Row row : report.statuses().rows()) {
			row(table, text.get(row.status().messageKey()), integer.format(row.enrollments()));
		}
		document.add(table);
	}

	private void addChecklist(Document document) {
		document.add(paragraph(text.get("villages.checklist.title"), HEADING, 4));
		PdfPTable table = new PdfPTable(new float[] { 1.3f, 8f });
		table.setWidthPercentage(100);
		table.setSpacingAfter(6);
		for (Checklist.Item item : report.checklist().items()) {
			table.addCell(cell(text.get("villages.checklist.state." + item.state()),
					item.state() == Checklist.State.MISSING ? BOLD : TEXT));
			table.addCell(cell(text.get(item.messageKey(), item.args().toArray()), TEXT));
		}
		document.add(table);
		Readiness readiness = report.readiness();
		document.add(paragraph(text.get(report.state().messageKey()), BOLD, readiness.ready() ? 10 : 2));
		if (readiness.ready()) {
			return;
		}
		document.add(paragraph(text.get(report.state() == VillageState.DECLARED ? "village.state.DECLARED.missing"
				: "villages.checklist.missing"), BOLD, 2));
		com.lowagie.text.List missing = new com.lowagie.text.List(false, 12);
		for (String code : readiness.missing()) {
			missing.add(new com.lowagie.text.ListItem(text.get("village.readiness.missing." + code), TEXT));
		}
		document.add(missing);
		document.add(paragraph("", TEXT, 10));
	}

	/** Place and date, the office, room to sign, and the head's name or a line to write it on. */
	private void addSignature(Document document) {
		VillageView village = report.village();
		PdfPTable block = new PdfPTable(new float[] { 1f, 1f });
		block.setWidthPercentage(100);
		block.setKeepTogether(true);
		block.setSpacingBefore(12);
		block.addCell(blank());
		Paragraph signature = new Paragraph();
		signature.add(paragraph(text.get("village-report.pdf.signature.place-date", village.name(), printedOn), TEXT, 0));
		signature.add(paragraph(text.get("village-report.pdf.signature.office", village.name()), TEXT, 48));
		signature.add(paragraph(village.headName() == null || village.headName().isBlank()
				? text.get("village-report.pdf.signature.blank") : "( " + village.headName() + " )", BOLD, 0));
		signature.add(paragraph(text.get("village-report.pdf.signature.hint"), SMALL, 0));
		PdfPCell cell = new PdfPCell();
		cell.addElement(signature);
		cell.setBorder(PdfPCell.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		block.addCell(cell);
		document.add(block);
	}

	private static PdfPCell blank() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(PdfPCell.NO_BORDER);
		return cell;
	}

	private static PdfPTable twoColumns() {
		PdfPTable table = new PdfPTable(new float[] { 3f, 2f });
		table.setWidthPercentage(70);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.setSpacingAfter(10);
		return table;
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(cell(label, TEXT));
		PdfPCell number = cell(value, BOLD);
		number.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(number);
	}
}
