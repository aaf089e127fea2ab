package vn.diembao.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file whose type was checked by its content, not its name: PDF, DOCX, JPEG, PNG or WebP, at most
 * 10 MB. Anything else is refused with a message the agency can act on.
 */
record CheckedUpload(String fileName, String contentType, byte[] content, String sha256) {

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final int MAX_FILES = 5;

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "jpg", "image/jpeg",
			"jpeg", "image/jpeg", "png", "image/png", "webp", "image/webp");

	static CheckedUpload of(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
		if (file.getSize() > MAX_BYTES) {
			throw new IllegalArgumentException("Tệp " + name + " vượt quá 10 MB");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được tệp " + name, e);
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String type = TYPES.get(extension);
		if (type == null || !contentMatches(extension, content)) {
			throw new IllegalArgumentException("Tệp " + name + " không phải PDF, DOCX hoặc ảnh JPEG/PNG/WebP hợp lệ");
		}
		return new CheckedUpload(name, type, content, sha256(content));
	}

	private static boolean contentMatches(String extension, byte[] c) {
		return switch (extension) {
			case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46); // %PDF
			case "docx" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04); // a ZIP container
			case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
			case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47);
			case "webp" -> startsWith(c, 0x52, 0x49, 0x46, 0x46) && c.length > 11 && c[8] == 'W' && c[9] == 'E' && c[10] == 'B' && c[11] == 'P';
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
