package org.wechatdesk.media;

import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.system.InvalidInputException;

/**
 * An uploaded video, checked by its first bytes: MP4 (an ISO media file, whose first box is
 * "ftyp"), the one format WeChat takes for temporary video media, at most 10 MB.
 */
public record VideoFile(byte[] content) {

  public static final long WECHAT_VIDEO_LIMIT = 10 * 1024 * 1024;

  public static VideoFile check(MultipartFile file) {
    byte[] content = FileBytes.within(file, WECHAT_VIDEO_LIMIT, MediaError.VIDEO_SIZE, "10 MB");
    if (!FileBytes.hasAt(content, 4, 'f', 't', 'y', 'p')) {
      throw InvalidInputException.of("file", MediaError.VIDEO_TYPE);
    }
    return new VideoFile(content);
  }

  public String contentType() {
    return "video/mp4";
  }

  public String extension() {
    return "mp4";
  }
}
