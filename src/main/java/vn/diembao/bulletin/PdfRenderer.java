package vn.diembao.bulletin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable bulletin: the print template rendered to A4 PDF. The fonts are embedded from the jar because the
 * PDF base fonts have no Vietnamese glyphs (without them “Đắk Nông” prints as “#”). They are read once and handed to
 * every render from memory, without their GSUB table: PDFBox 3 applies its Latin ligature rules by compiling regular
 * expressions for every string it draws, which was four fifths of the rendering time (benchmark of issue 8), and
 * Vietnamese needs no substitution because the text is precomposed (NFC).
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "Liberation Serif";

	private final ITemplateEngine templates;
	private final byte[] regular = font("fonts/LiberationSerif-Regular.ttf");
	private final byte[] bold = font("fonts/LiberationSerif-Bold.ttf");

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The print template as HTML; also the body of the e-mail. */
	String html(Edition edition) {
		Context context = new Context(new Locale("vi"));
		context.setVariable("edition", edition);
		return templates.process("bulletin/print", context);
	}

	byte[] pdf(Edition edition) {
		var document = new W3CDom().fromJsoup(Jsoup.parse(html(edition)));
		var out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(document, "/");
			builder.withProducer("Điểm báo");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return withoutGlyphSubstitution(in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Thiếu phông chữ " + path, e);
		}
	}

	/**
	 * Renames the GSUB entry of a TrueType table directory so that PDFBox finds no substitution table. The glyphs, the
	 * metrics and the checksums stay as they are; the embedded subset never copies GSUB anyway.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (buffer.getInt(record) == GSUB) {
				buffer.putInt(record, UNUSED_TAG);
			}
		}
		return font;
	}

	private static final int GSUB = tag("GSUB");
	private static final int UNUSED_TAG = tag("GSUA");

	private static int tag(String name) {
		return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
	}
}
