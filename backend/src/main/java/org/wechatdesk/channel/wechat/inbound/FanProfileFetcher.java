package org.wechatdesk.channel.wechat.inbound;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.result.WxMpUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanRepository;

/**
 * Asks WeChat once (cgi-bin/user/info) for the nickname and avatar of a fan the desk has not asked about,
 * for the visitor panel. Many accounts now get blanks there (WeChat hands them out through web
 * authorization instead), and WeChat gives no region at all any more; the answer is kept either way, so
 * each fan costs one call. Off the inbound path: a slow or failing WeChat delays no message, and a failed
 * call is simply made again at the fan's next message.
 */
@Component
class FanProfileFetcher {

  private static final Logger log = LoggerFactory.getLogger(FanProfileFetcher.class);

  private final FanProfiles profiles;
  private final FanRepository fans;
  private final AccountRepository accounts;
  private final WeChatClients clients;
  /** One thread is plenty for one call per new fan; when WeChat is down the queue drops, not the desk. */
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(1000), runnable -> new Thread(runnable, "fan-profile"),
      new ThreadPoolExecutor.DiscardPolicy());

  FanProfileFetcher(FanProfiles profiles, FanRepository fans, AccountRepository accounts, WeChatClients clients) {
    this.profiles = profiles;
    this.fans = fans;
    this.accounts = accounts;
    this.clients = clients;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void received(FanMessageReceived received) {
    if (received.kind() != InboundKind.UNSUBSCRIBE && !profiles.asked(received.fanId())) {
      executor.execute(() -> fetch(received.accountId(), received.fanId()));
    }
  }

  private void fetch(long accountId, long fanId) {
    if (profiles.asked(fanId)) {
      return;
    }
    Fan fan = fans.findById(fanId).orElseThrow();
    if (fan.webVisitor()) {
      return;
    }
    String openid = fan.openid();
    try {
      WxMpUser user = clients.forAccount(accounts.findById(accountId).orElseThrow()).getUserService().userInfo(openid);
      profiles.recordFromWeChat(fanId, user.getNickname(), user.getHeadImgUrl());
    } catch (WxErrorException e) {
      log.info("Fan {}: user/info refused ({}); asking again at the fan's next message", fanId,
          e.getError().getErrorCode());
    } catch (DuplicateKeyException e) {
      log.debug("Fan {} was recorded meanwhile", fanId);
    } catch (RuntimeException e) {
      log.info("Fan {}: user/info failed ({}); asking again at the fan's next message", fanId, e.getClass().getSimpleName());
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
