package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** Turns ill-formed XML into well-formed XML the way a browser's lenient parser reads it. */
final class LenientXml {

	private LenientXml() {
	}

	static byte[] repair(byte[] content, String contentType) {
		try {
			Document document = Jsoup.parse(new ByteArrayInputStream(content), charsetOf(contentType), "", Parser.xmlParser());
			document.outputSettings()
				.syntax(Document.OutputSettings.Syntax.xml)
				.escapeMode(Entities.EscapeMode.xhtml)
				.charset(StandardCharsets.UTF_8)
				.prettyPrint(false);
			document.childNodes().stream()
				.filter(node -> node instanceof org.jsoup.nodes.DocumentType || node instanceof org.jsoup.nodes.XmlDeclaration)
				.toList()
				.forEach(org.jsoup.nodes.Node::remove);
			return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.html()).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException e) {
			throw new NotRepairable(e);
		}
	}

	private static String charsetOf(String contentType) {
		if (contentType == null) {
			return null;
		}
		for (String part : contentType.split(";")) {
			if (part.trim().toLowerCase().startsWith("charset=")) {
				return part.trim().substring(8).replace("\"", "");
			}
		}
		return null;
	}

	static final class NotRepairable extends RuntimeException {

		NotRepairable(Throwable cause) {
			super(cause);
		}
	}
}
