package org.wechatdesk.channel.h5;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.media.ImageFile;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.inbox.Inbox;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.VisibleText;

/**
 * The H5 channel's edge: takes what a visitor writes on the page, checks it, translates it into the
 * desk's neutral message ({@link PageMessages}) and stores it in the {@link Inbox} before it is
 * acknowledged. The page's client id makes a resend harmless.
 */
@Component
class PageInbox {

  static final int MAX_TEXT = 2000;
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private final FanRepository fans;
  private final Inbox inbox;
  private final MediaRepository media;
  private final VisitorRateLimits limits;
  private final Clock clock;

  PageInbox(
      FanRepository fans,
      Inbox inbox,
      MediaRepository media,
      VisitorRateLimits limits,
      Clock clock) {
    this.limits = limits;
    this.fans = fans;
    this.inbox = inbox;
    this.media = media;
    this.clock = clock;
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
    inbox.store(
        visitor.accountId(),
        FanChannel.H5,
        PageMessages.text(openid(visitor), clientId, text, clock.instant()),
        null,
        null);
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
    if (inbox.isStored(visitor.accountId(), PageMessages.dedupeKey(openid, clientId))) {
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
    if (!inbox.store(
        visitor.accountId(),
        FanChannel.H5,
        PageMessages.image(openid, clientId, clock.instant()),
        null,
        mediaId)) {
      media.delete(mediaId);
    }
  }

  private String openid(H5Visitor visitor) {
    return fans.findById(visitor.fanId()).orElseThrow().openid();
  }

  private static boolean validClientId(String clientId) {
    return clientId != null && CLIENT_ID.matcher(clientId).matches();
  }
}
