package org.wechatdesk.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real images, small enough for a test, with a header the desk's upload check reads. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encoded("png", width, height);
  }

  public static byte[] jpeg(int width, int height) {
    return encoded("jpg", width, height);
  }

  private static byte[] encoded(String format, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
