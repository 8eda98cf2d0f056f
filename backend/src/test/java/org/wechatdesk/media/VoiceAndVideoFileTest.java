package org.wechatdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.wechatdesk.support.TestAudio;
import org.wechatdesk.support.TestImages;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InvalidInputException;

class VoiceAndVideoFileTest {

  @Test
  void mp3AndAmrAreRecognisedByTheirBytesAndTheirLengthIsCounted() {
    VoiceFile mp3 = VoiceFile.check(file("a.bin", TestAudio.mp3(30)));
    assertThat(mp3.contentType()).isEqualTo("audio/mpeg");
    assertThat(mp3.length()).isBetween(Duration.ofMillis(29_990), Duration.ofMillis(30_050));
    VoiceFile amr = VoiceFile.check(file("a.bin", TestAudio.amr(12)));
    assertThat(amr.contentType()).isEqualTo("audio/amr");
    assertThat(amr.length()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aFileNamedMp3WithOtherBytesIsRefused() {
    assertThat(voiceRefusal(TestImages.png(4, 4)).code()).isEqualTo("media.voiceType");
    assertThat(voiceRefusal("ID3 but nothing after it".getBytes()).code())
        .isEqualTo("media.voiceType");
    assertThat(videoRefusal(TestAudio.mp3(1)).code()).isEqualTo("media.videoType");
  }

  @Test
  void weChatsLimitsHold() {
    assertThat(VoiceFile.check(file("a.mp3", TestAudio.mp3(59.9))).length())
        .isLessThanOrEqualTo(Duration.ofSeconds(60));
    ApiError tooLong = voiceRefusal(TestAudio.mp3(61));
    assertThat(tooLong.code()).as("a 61 s MP3 is under 2 MB").isEqualTo("media.voiceLength");
    assertThat(tooLong.params()).containsEntry("max", 60L).containsEntry("seconds", 62L);
    assertThat(voiceRefusal(TestAudio.amr(75)).code()).isEqualTo("media.voiceLength");
    byte[] overTwoMegabytes = Arrays.copyOf(TestAudio.mp3(40), 2 * 1024 * 1024 + 1);
    assertThat(voiceRefusal(overTwoMegabytes).code()).isEqualTo("media.voiceSize");

    assertThat(VideoFile.check(file("v.mp4", TestAudio.mp4(10 * 1024 * 1024))).contentType())
        .isEqualTo("video/mp4");
    assertThat(videoRefusal(TestAudio.mp4(10 * 1024 * 1024 + 1)).code())
        .isEqualTo("media.videoSize");
  }

  private static ApiError voiceRefusal(byte[] content) {
    return refusal(() -> VoiceFile.check(file("voice.mp3", content)));
  }

  private static ApiError videoRefusal(byte[] content) {
    return refusal(() -> VideoFile.check(file("video.mp4", content)));
  }

  private static ApiError refusal(Runnable check) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, check::run);
    assertThat(refused).as("refused").isNotNull();
    return refused.fields().get("file");
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "audio/mpeg", content);
  }
}
