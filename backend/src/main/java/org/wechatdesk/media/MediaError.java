package org.wechatdesk.media;

import org.wechatdesk.system.ErrorCode;

/** Why a request about media files, or an uploaded image, voice or video, is refused. */
public enum MediaError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("media.notFound"),
  /** Param {@code max}: the limit as people read it, e.g. "2 MB". */
  IMAGE_SIZE("media.imageSize"),
  /** PNG, JPEG or GIF only. */
  IMAGE_TYPE("media.imageType"),
  /** The header that declares the width and height cannot be read. */
  IMAGE_HEADER("media.imageHeader"),
  /** Params {@code maxSide}, {@code maxMegapixels}, {@code width}, {@code height}. */
  IMAGE_DIMENSIONS("media.imageDimensions"),
  /** Param {@code max}: the limit as people read it, e.g. "2 MB". */
  VOICE_SIZE("media.voiceSize"),
  /** AMR or MP3 only. */
  VOICE_TYPE("media.voiceType"),
  /** Params {@code max} and {@code seconds}: the limit and the file's length, in seconds. */
  VOICE_LENGTH("media.voiceLength"),
  /** Param {@code max}: the limit as people read it, e.g. "10 MB". */
  VIDEO_SIZE("media.videoSize"),
  /** MP4 only. */
  VIDEO_TYPE("media.videoType"),
  /** Params {@code kind} (the message's) and {@code fileKind} (what the file was checked as). */
  KIND_MISMATCH("media.kindMismatch");

  private final String code;

  MediaError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
