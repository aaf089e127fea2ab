package vn.diembao.fakenews;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/**
 * A screenshot from the public form: must really be a JPEG or PNG of at most 5 MB, and is re-encoded so that no
 * metadata (GPS position, camera, author) of the person who reported it is kept.
 */
record CheckedImage(String fileName, String contentType, byte[] content, String sha256) {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_FILES = 3;

	static CheckedImage of(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "anh" : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
		if (file.getSize() > MAX_BYTES) {
			throw new IllegalArgumentException("Ảnh " + name + " vượt quá 5 MB");
		}
		try {
			byte[] bytes = file.getBytes();
			boolean png = bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
			boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
			BufferedImage image = png || jpeg ? ImageIO.read(new ByteArrayInputStream(bytes)) : null;
			if (image == null) {
				throw new IllegalArgumentException("Tệp " + name + " không phải ảnh JPEG hoặc PNG hợp lệ");
			}
			ByteArrayOutputStream clean = new ByteArrayOutputStream();
			ImageIO.write(png ? image : withoutAlpha(image), png ? "png" : "jpg", clean);
			byte[] content = clean.toByteArray();
			return new CheckedImage(name, png ? "image/png" : "image/jpeg", content, sha256(content));
		}
		catch (IOException e) {
			throw new IllegalArgumentException("Không đọc được ảnh " + name);
		}
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.getGraphics().drawImage(image, 0, 0, null);
		return rgb;
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
