package org.wechatdesk.channel.wechat.inbound;

/** The push body is not the XML WeChat sends; answered with 400. */
public class MalformedPushException extends RuntimeException {

  public MalformedPushException(String reason) {
    super(reason);
  }
}
