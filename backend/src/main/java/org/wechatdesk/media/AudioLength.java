package org.wechatdesk.media;

import java.time.Duration;

/**
 * How long an AMR or MP3 file plays, summed over its frames without decoding them. Walking the
 * frames also proves the format: a file that only starts like one has no frames to count.
 */
final class AudioLength {

  private AudioLength() {}

  /** AMR-NB storage format (RFC 4867, section 5): "#!AMR\n", then frames of 20 ms each. */
  private static final int AMR_HEADER = 6;

  private static final long AMR_FRAME_MILLIS = 20;

  /** Each frame's size in bytes, its one-byte header included, by frame type. */
  private static final int[] AMR_FRAME_SIZES = {
    13, 14, 16, 18, 20, 21, 27, 32, 6, 1, 1, 1, 1, 1, 1, 1
  };

  private static final int[] MPEG1_LAYER3_KBITS = {
    0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320
  };
  private static final int[] MPEG2_LAYER3_KBITS = {
    0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160
  };
  private static final int[] MPEG1_SAMPLE_RATES = {44_100, 48_000, 32_000};

  static Duration amr(byte[] content) {
    long frames = 0;
    int at = AMR_HEADER;
    while (at < content.length) {
      at += AMR_FRAME_SIZES[(content[at] >> 3) & 0x0F];
      frames++;
    }
    return Duration.ofMillis(frames * AMR_FRAME_MILLIS);
  }

  /**
   * The summed length of the MPEG layer III frames that follow an optional ID3v2 tag, zero when the
   * first bytes after it are no such frame. A trailing ID3v1 tag or junk ends the walk.
   */
  static Duration mp3(byte[] content) {
    int at = id3v2Length(content);
    double seconds = 0;
    while (at + 4 <= content.length) {
      Frame frame = Frame.at(content, at);
      if (frame == null) {
        break;
      }
      seconds += (double) frame.samples() / frame.sampleRate();
      at += frame.bytes();
    }
    return Duration.ofNanos(Math.round(seconds * 1_000_000_000));
  }

  /** The tag's header and its size (four 7-bit bytes), and its footer when the flags say so. */
  private static int id3v2Length(byte[] content) {
    if (!FileBytes.hasAt(content, 0, 'I', 'D', '3') || content.length < 10) {
      return 0;
    }
    int size = 0;
    for (int i = 6; i < 10; i++) {
      size = (size << 7) | (content[i] & 0x7F);
    }
    boolean footer = (content[5] & 0x10) != 0;
    return 10 + size + (footer ? 10 : 0);
  }

  private record Frame(int samples, int sampleRate, int bytes) {

    /** The layer III frame whose header starts at {@code at}, or null. */
    static Frame at(byte[] content, int at) {
      int b1 = content[at + 1] & 0xFF;
      int b2 = content[at + 2] & 0xFF;
      if ((content[at] & 0xFF) != 0xFF || (b1 & 0xE0) != 0xE0) {
        return null;
      }
      int version = (b1 >> 3) & 0x03; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
      int layer = (b1 >> 1) & 0x03; // 1: layer III
      int bitrateIndex = (b2 >> 4) & 0x0F;
      int rateIndex = (b2 >> 2) & 0x03;
      if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
        return null;
      }
      boolean mpeg1 = version == 3;
      int kbits = (mpeg1 ? MPEG1_LAYER3_KBITS : MPEG2_LAYER3_KBITS)[bitrateIndex];
      int sampleRate = MPEG1_SAMPLE_RATES[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
      int samples = mpeg1 ? 1152 : 576;
      int padding = (b2 >> 1) & 0x01;
      int bytes = samples / 8 * kbits * 1000 / sampleRate + padding;
      return new Frame(samples, sampleRate, bytes);
    }
  }
}
