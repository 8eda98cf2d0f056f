package org.wechatdesk.media;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.system.InvalidInputException;

/** An agent uploads an image to send; WeChat's limits for images apply (PNG, JPEG or GIF, at most 2 MB). */
@RestController
class MediaUploadController {

  static final long MAX_IMAGE_BYTES = 2 * 1024 * 1024;
  private static final Map<String, String> IMAGE_TYPES = Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif");

  private final MediaRepository media;

  MediaUploadController(MediaRepository media) {
    this.media = media;
  }

  @PostMapping("/api/media")
  @ResponseStatus(HttpStatus.CREATED)
  Uploaded upload(@RequestParam("file") MultipartFile file) throws IOException {
    String extension = IMAGE_TYPES.get(file.getContentType());
    if (extension == null) {
      throw InvalidInputException.of("file", "file: PNG, JPEG or GIF images only / 仅支持 PNG、JPEG、GIF 图片");
    }
    if (file.isEmpty() || file.getSize() > MAX_IMAGE_BYTES) {
      throw InvalidInputException.of("file", "file: 1 byte to 2 MB / 图片须小于 2 MB");
    }
    long id = media.save(null, null, "IMAGE", file.getContentType(), "upload." + extension, file.getBytes());
    return new Uploaded(id);
  }

  record Uploaded(long id) {}
}
