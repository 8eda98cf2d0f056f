package org.wechatdesk.media;

import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.system.InvalidInputException;

/**
 * An uploaded image, checked by its first bytes rather than the type the browser declared: PNG,
 * JPEG or GIF (what WeChat and every browser show), within a size limit, and with a width and
 * height its header declares within {@link ImageSize}'s bounds.
 */
public record ImageFile(String contentType, String extension, byte[] content) {

  public static final long WECHAT_IMAGE_LIMIT = 2 * 1024 * 1024;

  /**
   * The image in {@code file}, or a 400 naming the field {@code file}; {@code limitLabel} reads
   * like "2 MB".
   */
  public static ImageFile check(MultipartFile file, long maxBytes, String limitLabel) {
    byte[] content = FileBytes.within(file, maxBytes, MediaError.IMAGE_SIZE, limitLabel);
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return sized(new ImageFile("image/png", "png", content), ImageSize.png(content));
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return sized(new ImageFile("image/jpeg", "jpg", content), ImageSize.jpeg(content));
    }
    if (startsWith(content, 'G', 'I', 'F', '8')) {
      return sized(new ImageFile("image/gif", "gif", content), ImageSize.gif(content));
    }
    throw InvalidInputException.of("file", MediaError.IMAGE_TYPE);
  }

  private static ImageFile sized(ImageFile image, Optional<ImageSize> size) {
    if (size.isEmpty()) {
      throw InvalidInputException.of("file", MediaError.IMAGE_HEADER);
    }
    if (!size.get().sane()) {
      throw InvalidInputException.of(
          "file",
          MediaError.IMAGE_DIMENSIONS,
          "maxSide",
          ImageSize.MAX_SIDE,
          "maxMegapixels",
          ImageSize.MAX_PIXELS / 1_000_000,
          "width",
          size.get().width(),
          "height",
          size.get().height());
    }
    return image;
  }

  private static boolean startsWith(byte[] content, int... signature) {
    return FileBytes.hasAt(content, 0, signature);
  }
}
