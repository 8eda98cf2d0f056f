package org.wechatdesk.message;

import org.wechatdesk.system.ErrorCode;

/** Why a message to a fan is refused before it is queued. */
public enum OutboundError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("outbound.notFound"),
  /** Param {@code kind}. */
  MEDIA_REQUIRED("outbound.mediaRequired"),
  /** Only FAILED or UNCERTAIN messages can be sent again. */
  NOT_RESENDABLE("outbound.notResendable"),
  TEMPLATE_FOR_RATING_ONLY("outbound.templateForRatingOnly"),
  /** The H5 page shows text, images, voice and video, not link cards or template messages. */
  H5_UNSUPPORTED_KIND("outbound.h5UnsupportedKind"),
  /** The visitor came to the H5 page without WeChat authorization. */
  NOT_A_WECHAT_VISITOR("outbound.notAWeChatVisitor");

  private final String code;

  OutboundError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
