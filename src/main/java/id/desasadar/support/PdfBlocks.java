package id.desasadar.support;

import java.awt.Color;
import java.util.Locale;
import java.util.function.IntFunction;

import org.springframework.context.MessageSource;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pieces every PDF of the application is made of (OpenPDF): one set of fonts, paragraphs and table cells,
 * the messages of the document's language, and the footer that numbers loose pages. The village report, the
 * participant card and the receipt look alike because they are built from these.
 */
public final class PdfBlocks {

	public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
	public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11.5f);
	public static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
	public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
	public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
	public static final Color HEADER_SHADE = new Color(230, 240, 232);

	private PdfBlocks() {
	}

	public static Paragraph paragraph(String content, Font font, float spacingAfter) {
		Paragraph paragraph = new Paragraph(content, font);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	public static PdfPCell headerCell(String content) {
		PdfPCell cell = cell(content, BOLD);
		cell.setBackgroundColor(HEADER_SHADE);
		return cell;
	}

	public static PdfPCell cell(String content, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(content, font));
		cell.setPadding(4);
		return cell;
	}

	/** Messages of the document's language. */
	public record Text(MessageSource messages, Locale locale) {

		public String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}

	/** A line at the foot of every page, with the page's number: loose pages find their place. */
	public static final class Footer extends PdfPageEventHelper {

		private final IntFunction<String> text;

		public Footer(IntFunction<String> text) {
			this.text = text;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(text.apply(writer.getPageNumber()), SMALL),
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
		}
	}
}
