package org.wechatdesk.media;

import java.time.Duration;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.system.InvalidInputException;

/**
 * An uploaded voice message, checked by its first bytes: AMR or MP3, the formats WeChat takes for
 * temporary voice media, at most 2 MB and 60 seconds long (its media/upload limits). The length is
 * counted from the frames, since a low bit rate fits minutes into 2 MB.
 */
public record VoiceFile(String contentType, String extension, byte[] content, Duration length) {

  public static final long WECHAT_VOICE_LIMIT = 2 * 1024 * 1024;
  public static final Duration WECHAT_VOICE_LENGTH = Duration.ofSeconds(60);

  public static VoiceFile check(MultipartFile file) {
    byte[] content = FileBytes.within(file, WECHAT_VOICE_LIMIT, MediaError.VOICE_SIZE, "2 MB");
    VoiceFile voice = identify(content);
    if (voice.length().compareTo(WECHAT_VOICE_LENGTH) > 0) {
      throw InvalidInputException.of(
          "file",
          MediaError.VOICE_LENGTH,
          "max",
          WECHAT_VOICE_LENGTH.toSeconds(),
          "seconds",
          (voice.length().toMillis() + 999) / 1000);
    }
    return voice;
  }

  private static VoiceFile identify(byte[] content) {
    if (VoiceTranscoder.isAmr(content)) {
      return new VoiceFile("audio/amr", "amr", content, AudioLength.amr(content));
    }
    Duration mp3 = AudioLength.mp3(content);
    if (mp3.isZero()) {
      throw InvalidInputException.of("file", MediaError.VOICE_TYPE);
    }
    return new VoiceFile("audio/mpeg", "mp3", content, mp3);
  }
}
