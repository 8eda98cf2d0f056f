package org.wechatdesk.channel.wechat.crypto;

/** The ciphertext is damaged or was made with another key; the message says which check failed. */
public class PushDecryptionException extends RuntimeException {

  public PushDecryptionException(String reason) {
    super(reason);
  }
}
