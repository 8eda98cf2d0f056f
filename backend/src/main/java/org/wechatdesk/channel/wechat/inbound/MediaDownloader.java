package org.wechatdesk.channel.wechat.inbound;

import java.io.File;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.media.MediaRepository;

/** Fetches a fan's media from WeChat while its media_id is still valid, and keeps it. */
@Component
class MediaDownloader {

  private final WeChatClients clients;
  private final MediaRepository media;

  MediaDownloader(WeChatClients clients, MediaRepository media) {
    this.clients = clients;
    this.media = media;
  }

  long download(OfficialAccount account, InboundKind kind, String mediaId) throws WxErrorException, IOException {
    File file = clients.forAccount(account).getMaterialService().mediaDownload(mediaId);
    if (file == null) {
      throw new IOException("WeChat returned no file for the media_id");
    }
    try {
      byte[] content = Files.readAllBytes(file.toPath());
      String contentType = URLConnection.guessContentTypeFromName(file.getName());
      return media.save(account.id(), mediaId, kind.name(),
          contentType == null ? "application/octet-stream" : contentType, file.getName(), content);
    } finally {
      Files.deleteIfExists(file.toPath());
    }
  }
}
