package org.wechatdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InvalidInputException;

class ImageFileTest {

  @Test
  void aSmallFileDeclaringAHugePictureIsRefusedByItsHeader() {
    assertThat(refusal(png(20_000, 20_000)))
        .isEqualTo(dimensions(20_000, 20_000))
        .extracting(ApiError::code)
        .isEqualTo("media.imageDimensions");
    assertThat(refusal(png(16_384, 16_384)))
        .as("within each side, over the pixels")
        .isEqualTo(dimensions(16_384, 16_384));
    assertThat(refusal(gif(60_000, 10))).isEqualTo(dimensions(60_000, 10));
    assertThat(refusal(jpeg(30_000, 1_000))).isEqualTo(dimensions(30_000, 1_000));
  }

  @Test
  void picturesOfEverydaySizesPass() {
    assertThat(check(png(4032, 3024)).contentType()).isEqualTo("image/png");
    assertThat(check(png(12_000, 2_000)).extension()).as("a panorama").isEqualTo("png");
    assertThat(check(gif(320, 240)).contentType()).isEqualTo("image/gif");
    assertThat(check(jpeg(1080, 1920)).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void anImageWhoseHeaderCannotBeReadIsRefused() {
    byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    assertThat(refusal(truncated).code()).isEqualTo("media.imageHeader");
    assertThat(
            refusal(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0})
                .code())
        .isEqualTo("media.imageHeader");
  }

  /** The error the field {@code file} gets for this content. */
  private static ApiError refusal(byte[] content) {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> check(content));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.fields()).containsOnlyKeys("file");
    return refused.fields().get("file");
  }

  private static ApiError dimensions(long width, long height) {
    return ApiError.of(
        MediaError.IMAGE_DIMENSIONS,
        "maxSide",
        ImageSize.MAX_SIDE,
        "maxMegapixels",
        ImageSize.MAX_PIXELS / 1_000_000,
        "width",
        width,
        "height",
        height);
  }

  private static ImageFile check(byte[] content) {
    return ImageFile.check(
        new MockMultipartFile("file", "x", "application/octet-stream", content),
        ImageFile.WECHAT_IMAGE_LIMIT,
        "2 MB");
  }

  /** A PNG's signature and IHDR chunk, which is all a header reader sees of a 1.1 MB bomb. */
  static byte[] png(int width, int height) {
    return ByteBuffer.allocate(33)
        .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
        .putInt(13)
        .put("IHDR".getBytes())
        .putInt(width)
        .putInt(height)
        .put(new byte[] {8, 6, 0, 0, 0})
        .putInt(0)
        .array();
  }

  private static byte[] gif(int width, int height) {
    return ByteBuffer.allocate(13)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put("GIF89a".getBytes())
        .putShort((short) width)
        .putShort((short) height)
        .put(new byte[] {0, 0, 0})
        .array();
  }

  /** SOI, an APP0 segment to walk past, then a baseline start of frame. */
  private static byte[] jpeg(int width, int height) {
    return ByteBuffer.allocate(2 + 2 + 16 + 2 + 17)
        .put(new byte[] {(byte) 0xFF, (byte) 0xD8})
        .put(new byte[] {(byte) 0xFF, (byte) 0xE0})
        .putShort((short) 16)
        .put("JFIF\0".getBytes())
        .put(new byte[9])
        .put(new byte[] {(byte) 0xFF, (byte) 0xC0})
        .putShort((short) 17)
        .put((byte) 8)
        .putShort((short) height)
        .putShort((short) width)
        .put(new byte[10])
        .array();
  }
}
