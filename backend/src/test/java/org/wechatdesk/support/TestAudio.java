package org.wechatdesk.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Voice and video files of a chosen length, built frame by frame: silent, but with the headers that
 * WeChat's format rules (and the desk's upload check) read.
 */
public final class TestAudio {

  private TestAudio() {}

  /** MPEG-1 layer III, 128 kbit/s, 44.1 kHz: 417-byte frames of 1152 samples. */
  private static final byte[] MP3_FRAME_HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x00};

  private static final int MP3_FRAME_BYTES = 417;

  /** AMR-NB 12.2 kbit/s: a one-byte header (frame type 7) and 31 bytes, 20 ms each. */
  private static final int AMR_FRAME_BYTES = 32;

  /** An MP3 of about {@code seconds}, after an ID3v2 tag as encoders write one. */
  public static byte[] mp3(double seconds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10});
    out.writeBytes(new byte[10]);
    long frames = (long) Math.ceil(seconds * 44_100 / 1152);
    for (long i = 0; i < frames; i++) {
      out.writeBytes(MP3_FRAME_HEADER);
      out.writeBytes(new byte[MP3_FRAME_BYTES - MP3_FRAME_HEADER.length]);
    }
    return out.toByteArray();
  }

  public static byte[] amr(double seconds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("#!AMR\n".getBytes(StandardCharsets.US_ASCII));
    long frames = Math.round(seconds * 50);
    for (long i = 0; i < frames; i++) {
      out.write(0x3C);
      out.writeBytes(new byte[AMR_FRAME_BYTES - 1]);
    }
    return out.toByteArray();
  }

  /** An MP4 of {@code bytes}: its "ftyp" box, then filler. */
  public static byte[] mp4(int bytes) {
    byte[] content = new byte[bytes];
    byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    System.arraycopy(ftyp, 0, content, 0, ftyp.length);
    return content;
  }
}
