package org.wechatdesk.standin;

/**
 * A request WeChat refuses with an errcode; thrown from deep inside an answer so that each check
 * reads as one line, and turned into WeChat's error JSON by {@link WeChatStandIn#answer}.
 */
final class Refusal extends RuntimeException {

  private final int errcode;

  Refusal(WeChatError error) {
    this(error.code());
  }

  Refusal(int errcode) {
    super("errcode " + errcode, null, false, false);
    this.errcode = errcode;
  }

  int errcode() {
    return errcode;
  }
}
