package org.wechatdesk.media;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agent uploads an image to send; WeChat's limits for images apply (PNG, JPEG or GIF, at most 2
 * MB).
 */
@RestController
class MediaUploadController {

  private final MediaRepository media;

  MediaUploadController(MediaRepository media) {
    this.media = media;
  }

  @PostMapping("/api/media")
  @ResponseStatus(HttpStatus.CREATED)
  Uploaded upload(@RequestParam("file") MultipartFile file, Authentication user) {
    ImageFile image = ImageFile.check(file, ImageFile.WECHAT_IMAGE_LIMIT, "2 MB");
    long id =
        media.saveUpload(
            user.getName(), image.contentType(), "upload." + image.extension(), image.content());
    return new Uploaded(id);
  }

  record Uploaded(long id) {}
}
