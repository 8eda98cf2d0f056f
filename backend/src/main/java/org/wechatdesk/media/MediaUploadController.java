package org.wechatdesk.media;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agent uploads an image, a voice message or a video to send; WeChat's limits for temporary
 * media apply (image: PNG, JPEG or GIF, 2 MB; voice: AMR or MP3, 2 MB, 60 s; video: MP4, 10 MB),
 * checked by the file's first bytes, whatever its name and declared type say.
 */
@RestController
class MediaUploadController {

  private final MediaRepository media;

  MediaUploadController(MediaRepository media) {
    this.media = media;
  }

  @PostMapping("/api/media")
  @ResponseStatus(HttpStatus.CREATED)
  Uploaded upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "kind", defaultValue = "IMAGE") UploadKind kind,
      Authentication user) {
    Checked checked =
        switch (kind) {
          case IMAGE -> {
            ImageFile image = ImageFile.check(file, ImageFile.WECHAT_IMAGE_LIMIT, "2 MB");
            yield new Checked(image.contentType(), image.extension(), image.content());
          }
          case VOICE -> {
            VoiceFile voice = VoiceFile.check(file);
            yield new Checked(voice.contentType(), voice.extension(), voice.content());
          }
          case VIDEO -> {
            VideoFile video = VideoFile.check(file);
            yield new Checked(video.contentType(), video.extension(), video.content());
          }
        };
    long id =
        media.saveUpload(
            user.getName(),
            kind.name(),
            checked.contentType(),
            "upload." + checked.extension(),
            checked.content());
    return new Uploaded(id, kind);
  }

  /** What an agent may send: the customer-service message kinds that carry a file. */
  enum UploadKind {
    IMAGE,
    VOICE,
    VIDEO
  }

  private record Checked(String contentType, String extension, byte[] content) {}

  record Uploaded(long id, UploadKind kind) {}
}
