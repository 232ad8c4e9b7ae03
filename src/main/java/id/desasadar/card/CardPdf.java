package id.desasadar.card;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.desasadar.contribution.Program;
import id.desasadar.support.PdfBlocks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The participant card as a PDF of one A6 page (a phone's screen, or a quarter of an A4 sheet to cut out): the
 * facts of {@link ParticipantCard} in a table of the shared {@link PdfBlocks}, then the QR code drawn as vector
 * squares with the check's address beneath it, for a phone that cannot scan.
 */
@Component
class CardPdf {

	static final float QR_SIDE = 150;

	private final MessageSource messages;

	CardPdf(MessageSource messages) {
		this.messages = messages;
	}

	void write(ParticipantCard card, Locale locale, OutputStream out) {
		PdfBlocks.Text text = new PdfBlocks.Text(messages, locale);
		Document document = new Document(PageSize.A6, 24, 24, 24, 24);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		document.addTitle(text.get("card.title", card.name()));
		document.open();
		document.add(PdfBlocks.paragraph(text.get("card.heading"), PdfBlocks.HEADING, 2));
		document.add(PdfBlocks.paragraph(card.name(), PdfBlocks.TITLE, 6));
		PdfPTable facts = new PdfPTable(new float[] { 2f, 3f });
		facts.setWidthPercentage(100);
		for (String[] fact : facts(card, text, locale)) {
			facts.addCell(PdfBlocks.cell(fact[0], PdfBlocks.SMALL));
			facts.addCell(PdfBlocks.cell(fact[1], PdfBlocks.BOLD));
		}
		document.add(facts);
		float left = (document.getPageSize().getWidth() - QR_SIDE) / 2;
		float bottom = document.bottom() + 22;
		QrCode.of(card.checkAddress()).drawOn(writer.getDirectContent(), left, bottom, QR_SIDE);
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
				new Phrase(text.get("card.scan"), PdfBlocks.SMALL), document.getPageSize().getWidth() / 2,
				bottom - 10, 0);
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
				new Phrase(card.checkAddress(), PdfBlocks.SMALL), document.getPageSize().getWidth() / 2,
				bottom - 20, 0);
		document.close();
	}

	/** Each line of the card: its label and its value, in the card's language. */
	static List<String[]> facts(ParticipantCard card, PdfBlocks.Text text, Locale locale) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		return List.of(
				new String[] { text.get("card.nik"), card.nikMasked() },
				new String[] { text.get("card.participantNumber"),
						card.participantNumber() == null ? text.get("card.participantNumber.none") : card.participantNumber() },
				new String[] { text.get("card.programs"), card.programs().isEmpty() ? "–"
						: card.programs().stream().map(Program::name).collect(Collectors.joining(", ")) },
				new String[] { text.get("card.status"), card.status() == null ? text.get("card.status.none")
						: text.get(card.status().messageKey()) },
				new String[] { text.get("card.paidThrough"), card.paidThrough() == null ? text.get("card.paidThrough.none")
						: card.paidThrough().format(month) });
	}
}
