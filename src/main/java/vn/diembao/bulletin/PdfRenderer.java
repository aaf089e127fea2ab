package vn.diembao.bulletin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * PDF base fonts have no Vietnamese glyphs (without them “Đắk Nông” prints as “#”).
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
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Thiếu phông chữ " + path, e);
		}
	}
}
