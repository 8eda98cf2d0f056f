package org.wechatdesk.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ws.schild.jave.Encoder;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.encode.AudioAttributes;
import ws.schild.jave.encode.EncodingAttributes;

/**
 * Turns WeChat's AMR-NB voice messages, which no browser plays, into MP3 for the chat pane's audio
 * player. Done once when the voice is downloaded, not on every play: ffmpeg is a process start.
 */
@Component
public class VoiceTranscoder {

  /** The magic line an AMR-NB file starts with (RFC 4867, single channel). */
  private static final byte[] AMR_HEADER = "#!AMR\n".getBytes(StandardCharsets.US_ASCII);

  private static final Logger log = LoggerFactory.getLogger(VoiceTranscoder.class);

  public static boolean isAmr(byte[] content) {
    return content.length > AMR_HEADER.length
        && Arrays.equals(content, 0, AMR_HEADER.length, AMR_HEADER, 0, AMR_HEADER.length);
  }

  /**
   * The voice as MP3, or empty when it is not AMR or ffmpeg failed (e.g. no build for this
   * platform): the caller then keeps the original, which can still be downloaded.
   */
  public Optional<byte[]> toMp3(byte[] amr) {
    if (!isAmr(amr)) {
      return Optional.empty();
    }
    Path source = null;
    Path target = null;
    try {
      source = Files.createTempFile("voice-", ".amr");
      target = Files.createTempFile("voice-", ".mp3");
      Files.write(source, amr);
      new Encoder().encode(new MultimediaObject(source.toFile()), target.toFile(), mp3());
      return Optional.of(Files.readAllBytes(target));
    } catch (IOException | EncoderException | RuntimeException e) {
      log.warn("Could not turn an AMR voice message into MP3; keeping the AMR: {}", e.toString());
      return Optional.empty();
    } finally {
      deleteQuietly(source);
      deleteQuietly(target);
    }
  }

  /**
   * Mono 16 kHz at 32 kbit/s: AMR-NB carries 8 kHz speech, so more would only make the file larger.
   */
  private static EncodingAttributes mp3() {
    AudioAttributes audio = new AudioAttributes();
    audio.setCodec("libmp3lame");
    audio.setChannels(1);
    audio.setSamplingRate(16_000);
    audio.setBitRate(32_000);
    EncodingAttributes attributes = new EncodingAttributes();
    attributes.setOutputFormat("mp3");
    attributes.setAudioAttributes(audio);
    return attributes;
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.debug("Could not delete the temporary file {}", file, e);
    }
  }
}
