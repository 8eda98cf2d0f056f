package org.wechatdesk.channel.wechat.inbound;

import java.io.File;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.media.VoiceTranscoder;
import org.wechatdesk.message.InboundKind;

/**
 * Fetches a fan's media from WeChat while its media_id is still valid, and keeps it; voice messages
 * are kept as MP3 because browsers cannot play WeChat's AMR.
 */
@Component
public class MediaDownloader {

  private final WeChatClients clients;
  private final MediaRepository media;
  private final VoiceTranscoder voices;

  MediaDownloader(WeChatClients clients, MediaRepository media, VoiceTranscoder voices) {
    this.clients = clients;
    this.media = media;
    this.voices = voices;
  }

  public long download(OfficialAccount account, InboundKind kind, String mediaId)
      throws WxErrorException, IOException {
    File file = clients.forAccount(account).getMaterialService().mediaDownload(mediaId);
    if (file == null) {
      throw new IOException("WeChat returned no file for the media_id");
    }
    try {
      byte[] content = Files.readAllBytes(file.toPath());
      if (kind == InboundKind.VOICE) {
        Optional<byte[]> mp3 = voices.toMp3(content);
        if (mp3.isPresent()) {
          return media.save(
              account.id(),
              mediaId,
              kind.name(),
              "audio/mpeg",
              baseName(file.getName()) + ".mp3",
              mp3.get());
        }
      }
      String contentType = URLConnection.guessContentTypeFromName(file.getName());
      return media.save(
          account.id(),
          mediaId,
          kind.name(),
          contentType == null ? "application/octet-stream" : contentType,
          file.getName(),
          content);
    } finally {
      Files.deleteIfExists(file.toPath());
    }
  }

  private static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
