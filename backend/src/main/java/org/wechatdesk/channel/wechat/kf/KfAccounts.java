package org.wechatdesk.channel.wechat.kf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.request.WxMpKfAccountRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.media.MediaRepository;

/**
 * Agents as WeChat customer-service accounts (客服账号): WeChat shows a fan the nickname and picture of
 * the kf_account a customer-service message names, so each agent gets one per Official Account, and
 * their replies name it. Synchronising adds what WeChat lacks, renames and re-uploads the picture
 * where the agent changed; it never deletes an account WeChat holds.
 */
@Service
public class KfAccounts {

  private static final Logger log = LoggerFactory.getLogger(KfAccounts.class);

  /** WeChat's limit for a nickname (客服昵称最长16个字). */
  static final int NICKNAME_MAX = 16;

  private static final Pattern UPLOADED_AVATAR = Pattern.compile("/avatars/(\\d{1,18})");

  private final KfAccountRepository repository;
  private final WeChatClients clients;
  private final MediaRepository media;
  private final Clock clock;

  KfAccounts(
      KfAccountRepository repository, WeChatClients clients, MediaRepository media, Clock clock) {
    this.repository = repository;
    this.clients = clients;
    this.media = media;
    this.clock = clock;
  }

  /** The kf_account {@code username}'s messages on this account go out under, while it works. */
  public Optional<String> senderFor(long accountId, String username) {
    if (username == null) {
      return Optional.empty();
    }
    return repository.workingKfAccount(accountId, username);
  }

  /**
   * WeChat refused a send under {@code kfAccount} for a reason of the account itself; answers
   * whether it was such a reason, in which case the account is marked broken.
   */
  public boolean refusedAtSend(long accountId, String kfAccount, int errcode) {
    if (!KfProblem.concernsTheKfAccount(errcode)) {
      return false;
    }
    log.warn(
        "WeChat refused customer-service account {} of account {} with errcode {}; sending as the account",
        kfAccount,
        accountId,
        errcode);
    repository.refusedAtSend(accountId, kfAccount, errcode);
    return true;
  }

  List<AgentKfAccount> agents(long accountId) {
    return repository.agents(accountId);
  }

  /** Brings WeChat's customer-service accounts in line with the desk's agents. */
  void synchronise(OfficialAccount account, KfSettings settings) {
    WxMpService wechat = clients.forAccount(account);
    for (AgentKfAccount agent : repository.agents(account.id())) {
      String kfAccount = "kf" + agent.userId() + "@" + settings.wechatId();
      String nickname = nickname(agent.displayName());
      if (kfAccount.equals(agent.kfAccount()) && agent.upToDate(nickname)) {
        continue;
      }
      try {
        describe(wechat, kfAccount, nickname, agent.kfAccount() != null);
        if (agent.avatarUrl() != null) {
          uploadPicture(wechat, kfAccount, agent.avatarUrl());
        }
        repository.synced(
            account.id(), agent.userId(), kfAccount, nickname, agent.avatarUrl(), clock.instant());
      } catch (WxErrorException e) {
        int errcode = e.getError().getErrorCode();
        log.warn(
            "Customer-service account {} of account {}: WeChat answered errcode {} ({})",
            kfAccount,
            account.id(),
            errcode,
            e.getError().getErrorMsg());
        repository.failed(
            account.id(),
            agent.userId(),
            kfAccount,
            nickname,
            errcode,
            KfProblem.ofErrcode(errcode));
      } catch (UnreadablePicture e) {
        log.warn("Agent {}'s picture cannot become a JPEG for WeChat", agent.username(), e);
        repository.failed(
            account.id(), agent.userId(), kfAccount, nickname, null, KfProblem.AVATAR);
      }
    }
  }

  /**
   * Adds the account, or renames it when WeChat already holds it (65406: made by an earlier sync,
   * perhaps one whose answer was lost); an account deleted in WeChat's back office (65401 to the
   * update) is added again.
   */
  private static void describe(WxMpService wechat, String kfAccount, String nickname, boolean known)
      throws WxErrorException {
    WxMpKfAccountRequest request =
        WxMpKfAccountRequest.builder().kfAccount(kfAccount).nickName(nickname).build();
    try {
      if (known) {
        wechat.getKefuService().kfAccountUpdate(request);
      } else {
        wechat.getKefuService().kfAccountAdd(request);
      }
    } catch (WxErrorException e) {
      int errcode = e.getError().getErrorCode();
      if (known && errcode == 65401) {
        wechat.getKefuService().kfAccountAdd(request);
      } else if (!known && errcode == 65406) {
        wechat.getKefuService().kfAccountUpdate(request);
      } else {
        throw e;
      }
    }
  }

  /** WeChat takes only JPEG for a kf picture; the desk keeps agents' pictures as uploaded. */
  private void uploadPicture(WxMpService wechat, String kfAccount, String avatarUrl)
      throws WxErrorException, UnreadablePicture {
    Matcher uploaded = UPLOADED_AVATAR.matcher(avatarUrl);
    if (!uploaded.matches()) {
      // A picture elsewhere on the web: WeChat needs the file, and the desk does not fetch it.
      throw new UnreadablePicture();
    }
    MediaRepository.StoredMedia picture =
        media.find(Long.parseLong(uploaded.group(1))).orElseThrow(UnreadablePicture::new);
    Path file = null;
    try {
      file = Files.createTempFile("kf-avatar", ".jpg");
      Files.write(file, jpeg(picture.content()));
      wechat.getKefuService().kfAccountUploadHeadImg(kfAccount, file.toFile());
    } catch (IOException e) {
      throw new UnreadablePicture(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }

  private static byte[] jpeg(byte[] picture) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
    if (image == null) {
      throw new IOException("not an image ImageIO reads");
    }
    // JPEG has no transparency: a transparent picture goes onto white, as WeChat shows it.
    BufferedImage opaque =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = opaque.createGraphics();
    graphics.drawImage(image, 0, 0, Color.WHITE, null);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(opaque, "jpg", out);
    return out.toByteArray();
  }

  static String nickname(String displayName) {
    return displayName.codePointCount(0, displayName.length()) <= NICKNAME_MAX
        ? displayName
        : displayName.substring(0, displayName.offsetByCodePoints(0, NICKNAME_MAX));
  }

  private static final class UnreadablePicture extends Exception {
    UnreadablePicture() {
      super("the agent's picture is not a stored image the desk can read");
    }

    UnreadablePicture(Throwable cause) {
      super("the agent's picture cannot become a JPEG", cause);
    }
  }
}
