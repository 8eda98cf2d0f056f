package org.wechatdesk.media;

import org.wechatdesk.system.ErrorCode;

/** Why a request about media files, or an uploaded image, is refused. */
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
  IMAGE_DIMENSIONS("media.imageDimensions");

  private final String code;

  MediaError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
