package id.desasadar.card;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A QR code (ZXing's encoder) as its grid of modules, drawn as squares: into a PDF as vector paths and into a
 * page as one SVG path, so it is sharp at any size and printer and needs no image library. Error correction M
 * (15%) survives a scratched or creased card; the quiet zone of 4 modules is part of the grid.
 */
final class QrCode {

	private static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	static QrCode of(String text) {
		try {
			// size 0: one unit per module, so the matrix is the code's own grid with its quiet zone
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
							EncodeHintType.CHARACTER_SET, "UTF-8")));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("an address of the check always fits a QR code", ex);
		}
	}

	/** Modules on a side, the quiet zone included. */
	int size() {
		return modules.getWidth();
	}

	/** The dark modules as one SVG path in a {@code 0 0 size size} view box, a row's run of modules at a time. */
	String svgPath() {
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size(); y++) {
			int x = 0;
			while (x < size()) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size() && modules.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
					.append(x - start).append('z');
			}
		}
		return path.toString();
	}

	/** Draws the code with its lower left corner at ({@code left}, {@code bottom}), {@code side} points wide. */
	void drawOn(PdfContentByte canvas, float left, float bottom, float side) {
		float module = side / size();
		canvas.saveState();
		canvas.setRGBColorFill(255, 255, 255);
		canvas.rectangle(left, bottom, side, side);
		canvas.fill();
		canvas.setRGBColorFill(0, 0, 0);
		for (int y = 0; y < size(); y++) {
			int x = 0;
			while (x < size()) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size() && modules.get(x, y)) {
					x++;
				}
				// a run of a row as one rectangle, so that no hairline shows between modules; PDF's y grows upwards
				canvas.rectangle(left + start * module, bottom + side - (y + 1) * module, (x - start) * module, module);
			}
		}
		canvas.fill();
		canvas.restoreState();
	}
}
