package org.wechatdesk.channel.h5;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.wechatdesk.channel.wechat.inbound.InboundProcessor;
import org.wechatdesk.channel.wechat.inbound.InboundStore;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.media.ImageFile;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.VisibleText;

/**
 * Takes what a visitor writes on the H5 page: checks it, stores it before it is acknowledged, and
 * wakes the processing that WeChat's pushes go through. The page's client id makes a resend
 * harmless.
 */
@Component
class PageInbox {

  static final int MAX_TEXT = 2000;
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private final FanRepository fans;
  private final InboundStore inbound;
  private final InboundProcessor processor;
  private final MediaRepository media;
  private final VisitorRateLimits limits;

  PageInbox(
      FanRepository fans,
      InboundStore inbound,
      InboundProcessor processor,
      MediaRepository media,
      VisitorRateLimits limits) {
    this.limits = limits;
    this.fans = fans;
    this.inbound = inbound;
    this.processor = processor;
    this.media = media;
  }

  void text(H5Visitor visitor, String address, String clientId, String text) {
    limits.checkMessage(visitor.fanId(), address);
    Map<String, ApiError> errors = new HashMap<>();
    if (!validClientId(clientId)) {
      errors.put("clientId", ApiError.of(H5Error.CLIENT_ID_FORMAT));
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      errors.put("text", ApiError.of(InputError.LENGTH, "min", 1, "max", MAX_TEXT));
    } else if (VisibleText.hasHidden(text)) {
      errors.put("text", ApiError.of(InputError.HIDDEN_CHARACTERS));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    inbound.storeFromPage(visitor.accountId(), openid(visitor), clientId, text);
    processor.wake();
  }

  /**
   * The image is kept as the desk's media before the message is stored. A resend of a stored image
   * keeps nothing new; one that races the first is stored once and its copy removed.
   */
  void image(H5Visitor visitor, String address, String clientId, ImageFile image) {
    limits.checkMessage(visitor.fanId(), address);
    if (!validClientId(clientId)) {
      throw InvalidInputException.of("clientId", H5Error.CLIENT_ID_FORMAT);
    }
    String openid = openid(visitor);
    if (inbound.storedFromPage(visitor.accountId(), openid, clientId)) {
      return;
    }
    long mediaId =
        media.save(
            visitor.accountId(),
            null,
            "IMAGE",
            image.contentType(),
            "h5." + image.extension(),
            image.content());
    if (!inbound.storeImageFromPage(visitor.accountId(), openid, clientId, mediaId)) {
      media.delete(mediaId);
    }
    processor.wake();
  }

  private String openid(H5Visitor visitor) {
    return fans.findById(visitor.fanId()).orElseThrow().openid();
  }

  private static boolean validClientId(String clientId) {
    return clientId != null && CLIENT_ID.matcher(clientId).matches();
  }
}
