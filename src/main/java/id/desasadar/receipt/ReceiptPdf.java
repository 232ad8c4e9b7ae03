package id.desasadar.receipt;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.desasadar.support.PdfBlocks;
import id.desasadar.support.PdfBlocks.Text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a receipt as a PDF: on A4 for an office printer, or on a strip 80 mm wide for the small thermal printers
 * officers carry to a booth (the same lines, in one column, larger than the slip's width would allow otherwise).
 */
@Component
class ReceiptPdf {

	/** The paper a receipt is printed on. */
	enum Paper {
		A4(PageSize.A4, 56, 13, 10.5f),
		/** 80 mm wide (226.8 pt), long enough for every line. */
		SLIP(new Rectangle(226.8f, 520f), 12, 11, 8.5f);

		final Rectangle size;
		final float margin;
		final Font title;
		final Font text;
		final Font bold;

		Paper(Rectangle size, float margin, float title, float text) {
			this.size = size;
			this.margin = margin;
			this.title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, title);
			this.text = FontFactory.getFont(FontFactory.HELVETICA, text);
			this.bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, text);
		}
	}

	private final MessageSource messages;

	ReceiptPdf(MessageSource messages) {
		this.messages = messages;
	}

	void write(Receipt receipt, Paper paper, Locale locale, OutputStream out) {
		Text text = new Text(messages, locale);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		Document document = new Document(paper.size, paper.margin, paper.margin, paper.margin, paper.margin);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		document.addTitle(text.get("payment.receipt.title") + " " + receipt.number());
		document.open();
		document.add(PdfBlocks.paragraph(text.get("payment.receipt.title"), paper.title, 2));
		document.add(PdfBlocks.paragraph(text.get("payment.receipt.branch"), paper.text, 0));
		PdfPTable lines = new PdfPTable(paper == Paper.SLIP ? new float[] { 4f, 5f } : new float[] { 3f, 7f });
		lines.setWidthPercentage(100);
		lines.setSpacingBefore(8);
		line(lines, paper, text.get("payment.receipt.number"), receipt.number(), true);
		line(lines, paper, text.get("payment.receipt.paid-on"), receipt.paidOn().format(day), false);
		line(lines, paper, text.get("payment.receipt.worker"), receipt.name(), true);
		line(lines, paper, text.get("payment.receipt.nik"), receipt.maskedNik(), false);
		line(lines, paper, text.get("payment.receipt.programs"), receipt.programList(), false);
		line(lines, paper, text.get("payment.receipt.months"), receipt.months(locale), false);
		line(lines, paper, text.get("payment.receipt.amount"), text.get("workers.money", receipt.amount()), true);
		line(lines, paper, text.get("payment.receipt.channel"), text.get("payment.channel." + receipt.channel()), false);
		if (receipt.reference() != null) {
			line(lines, paper, text.get("payment.receipt.reference"), receipt.reference(), false);
		}
		line(lines, paper, text.get("payment.receipt.recorded-by"), receipt.recordedBy(), false);
		document.add(lines);
		Paragraph note = new Paragraph(text.get("payment.receipt.note"), paper.text);
		note.setSpacingBefore(10);
		note.setAlignment(Element.ALIGN_LEFT);
		document.add(note);
		document.close();
	}

	private static void line(PdfPTable table, ReceiptPdf.Paper paper, String label, String value, boolean strong) {
		table.addCell(cell(label, paper.text));
		table.addCell(cell(value, strong ? paper.bold : paper.text));
	}

	/** A line of the receipt: ruled below only, as a printed receipt is. */
	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = PdfBlocks.cell(text, font);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderWidth(0.3f);
		cell.setPaddingTop(3);
		cell.setPaddingBottom(4);
		return cell;
	}

}
