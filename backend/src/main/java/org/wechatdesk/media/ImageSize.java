package org.wechatdesk.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * An image's width and height as its header declares them, read without decoding the image: a small
 * file may declare a picture so large that decoding it, in the desk or in an agent's or a fan's
 * browser, takes gigabytes.
 */
record ImageSize(long width, long height) {

  /** Wider than any camera's or screenshot's picture WeChat passes on, with panoramas. */
  static final int MAX_SIDE = 16_384;

  /** A 50-megapixel photo: about 200 MB once decoded. */
  static final long MAX_PIXELS = 50_000_000;

  boolean sane() {
    return width > 0
        && height > 0
        && width <= MAX_SIDE
        && height <= MAX_SIDE
        && width * height <= MAX_PIXELS;
  }

  static Optional<ImageSize> png(byte[] content) {
    if (content.length < 24
        || content[12] != 'I'
        || content[13] != 'H'
        || content[14] != 'D'
        || content[15] != 'R') {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(content);
    return Optional.of(
        new ImageSize(
            Integer.toUnsignedLong(header.getInt(16)), Integer.toUnsignedLong(header.getInt(20))));
  }

  static Optional<ImageSize> gif(byte[] content) {
    if (content.length < 10) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    return Optional.of(
        new ImageSize(
            Short.toUnsignedInt(header.getShort(6)), Short.toUnsignedInt(header.getShort(8))));
  }

  /** The size in the first start-of-frame segment, found by walking the segments before it. */
  static Optional<ImageSize> jpeg(byte[] content) {
    int at = 2;
    while (at + 3 < content.length) {
      if ((content[at] & 0xFF) != 0xFF) {
        return Optional.empty();
      }
      int marker = content[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++;
      } else if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD9) {
        at += 2;
      } else if (isStartOfFrame(marker)) {
        if (at + 9 > content.length) {
          return Optional.empty();
        }
        ByteBuffer frame = ByteBuffer.wrap(content);
        return Optional.of(
            new ImageSize(
                Short.toUnsignedInt(frame.getShort(at + 7)),
                Short.toUnsignedInt(frame.getShort(at + 5))));
      } else {
        at += 2 + Short.toUnsignedInt(ByteBuffer.wrap(content).getShort(at + 2));
      }
    }
    return Optional.empty();
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }
}
