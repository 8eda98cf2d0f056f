package org.wechatdesk.channel.wechat.outbound;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage.WxArticle;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.kf.KfAccounts;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.media.MediaError;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.system.NotFoundException;

/** Turns one outbound message into WeChat's customer-service API calls (or a template message). */
@Component
public class CustomerServiceApi {

  private final WeChatClients clients;
  private final MediaRepository media;
  private final TemplateMessageApi templates;
  private final KfAccounts kfAccounts;

  CustomerServiceApi(
      WeChatClients clients,
      MediaRepository media,
      TemplateMessageApi templates,
      KfAccounts kfAccounts) {
    this.clients = clients;
    this.media = media;
    this.templates = templates;
    this.kfAccounts = kfAccounts;
  }

  public void send(OfficialAccount account, OutboundMessage message) throws WxErrorException {
    WxMpService wechat = clients.forAccount(account);
    OutboundContent content = message.content();
    if (message.kind() == OutboundKind.TYPING) {
      wechat
          .getKefuService()
          .sendKfTypingState(message.openid(), content.typing() ? "Typing" : "CancelTyping");
      return;
    }
    if (message.kind() == OutboundKind.TEMPLATE) {
      templates.send(wechat, message);
      return;
    }
    WxMpKefuMessage kefu = kefuMessage(message, (mediaId, type) -> upload(wechat, mediaId, type));
    // An agent's own message names their customer-service account, so the fan sees their nickname
    // and picture; the desk's automatic texts come from the Official Account itself.
    Optional<String> kfAccount = kfAccounts.senderFor(account.id(), message.requestedBy());
    kfAccount.ifPresent(kefu::setKfAccount);
    try {
      wechat.getKefuService().sendKefuMessage(kefu);
    } catch (WxErrorException e) {
      if (kfAccount.isEmpty()
          || !kfAccounts.refusedAtSend(
              account.id(), kfAccount.get(), e.getError().getErrorCode())) {
        throw e;
      }
      // WeChat did not take the kf_account, so nothing reached the fan: the message still goes,
      // as the Official Account's own.
      kefu.setKfAccount(null);
      wechat.getKefuService().sendKefuMessage(kefu);
    }
  }

  /**
   * The customer-service message (kf message, message/custom/send) a neutral message becomes; the
   * desk's media is uploaded through {@code uploader}, which answers WeChat's media_id.
   */
  static WxMpKefuMessage kefuMessage(OutboundMessage message, Uploader uploader)
      throws WxErrorException {
    OutboundContent content = message.content();
    return switch (message.kind()) {
      case TEXT -> WxMpKefuMessage.TEXT().toUser(message.openid()).content(content.text()).build();
      case IMAGE ->
          WxMpKefuMessage.IMAGE()
              .toUser(message.openid())
              .mediaId(uploader.upload(content.mediaId(), "image"))
              .build();
      case VOICE ->
          WxMpKefuMessage.VOICE()
              .toUser(message.openid())
              .mediaId(uploader.upload(content.mediaId(), "voice"))
              .build();
      case VIDEO ->
          WxMpKefuMessage.VIDEO()
              .toUser(message.openid())
              .mediaId(uploader.upload(content.mediaId(), "video"))
              .thumbMediaId(
                  content.thumbMediaId() == null
                      ? null
                      : uploader.upload(content.thumbMediaId(), "thumb"))
              .title(content.title())
              .description(content.description())
              .build();
      case NEWS ->
          WxMpKefuMessage.NEWS().toUser(message.openid()).addArticle(article(content)).build();
      case TYPING, TEMPLATE ->
          throw new IllegalStateException(message.kind() + " is no customer-service message");
    };
  }

  /** Uploads desk media {@code mediaId} to WeChat as {@code type}, answering WeChat's media_id. */
  @FunctionalInterface
  interface Uploader {
    String upload(long mediaId, String type) throws WxErrorException;
  }

  /**
   * Media is uploaded at send time: a media_id from an earlier upload may have expired (3 days).
   */
  private String upload(WxMpService wechat, long mediaId, String type) throws WxErrorException {
    MediaRepository.StoredMedia stored =
        media
            .find(mediaId)
            .orElseThrow(() -> new NotFoundException(MediaError.NOT_FOUND, "id", mediaId));
    String fileType = extension(stored.fileName(), stored.contentType());
    return wechat
        .getMaterialService()
        .mediaUpload(type, fileType, new ByteArrayInputStream(stored.content()))
        .getMediaId();
  }

  private static String extension(String fileName, String contentType) {
    if (fileName != null && fileName.contains(".")) {
      return fileName.substring(fileName.lastIndexOf('.') + 1);
    }
    return contentType.substring(contentType.indexOf('/') + 1);
  }

  private static WxArticle article(OutboundContent content) {
    WxArticle article = new WxArticle();
    article.setTitle(content.title());
    article.setDescription(content.description());
    article.setUrl(content.url());
    article.setPicUrl(content.picUrl());
    return article;
  }
}
