package org.wechatdesk.channel.wechat.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.result.WxMpUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.channel.wechat.token.WeChatClients;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.message.MessageProperties;
import org.wechatdesk.system.WorkerLoop;
import org.wechatdesk.system.WorkerSettings;

/**
 * Asks WeChat once (cgi-bin/user/info/batchget, up to 100 fans a call) about a fan who writes:
 * whether the fan follows the account (a fan who only writes sends no subscribe event), and the
 * nickname and avatar for the visitor panel (many accounts get blanks now; WeChat gives no region
 * any more). The ask is made due in the transaction that processes the fan's message and worked off
 * the inbound path, so a slow or failing WeChat delays no message, and a burst of new fans or a
 * restart loses none of it.
 */
@Component
class FanProfileFetcher extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(FanProfileFetcher.class);

  /** WeChat's user/info/batchget answers for up to 100 openids a call. */
  private static final int BATCH = 100;

  private static final Duration LEASE = Duration.ofMinutes(1);

  /** WeChat's answers that will not change by asking again about this openid. */
  private static final Set<Integer> FINAL_REFUSALS = Set.of(40003, 43004, 48001, 40013);

  private final FanProfiles profiles;
  private final AccountRepository accounts;
  private final WeChatClients clients;
  private final Clock clock;
  private final WorkerSettings settings;
  private final ApplicationEventPublisher events;

  FanProfileFetcher(
      FanProfiles profiles,
      AccountRepository accounts,
      WeChatClients clients,
      Clock clock,
      MessageProperties properties,
      ApplicationEventPublisher events) {
    super("fan-profile", 1, properties.inbound().pollInterval());
    this.profiles = profiles;
    this.accounts = accounts;
    this.clients = clients;
    this.clock = clock;
    this.settings = properties.inbound();
    this.events = events;
  }

  /**
   * Runs in the transaction that processes the fan's message, so the ask is kept exactly when it
   * is. Web visitors without authorization are skipped: WeChat does not know their openid. The
   * fetcher is woken only for a fan whose ask was made due now: waking it for every message made it
   * look for due asks at every message of a fan it already knows (128 looks a second at 200
   * messages a second, docs/benchmarks.md, "Issue 19, sixth session").
   */
  @EventListener
  void received(FanMessageReceived received) {
    if (received.kind() != InboundKind.UNSUBSCRIBE
        && profiles.fetchDue(received.fanId(), clock.instant())) {
      events.publishEvent(new FetchMadeDue(received.fanId()));
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void wake(FetchMadeDue due) {
    wake();
  }

  record FetchMadeDue(long fanId) {}

  @Override
  protected int drainOnce() {
    Instant now = clock.instant();
    Map<Long, List<FanProfiles.DueFetch>> takenByAccount =
        profiles.due(now, BATCH).stream()
            .filter(due -> profiles.take(due, now.plus(LEASE)))
            .collect(Collectors.groupingBy(FanProfiles.DueFetch::accountId));
    takenByAccount.forEach(this::fetch);
    return takenByAccount.values().stream().mapToInt(List::size).sum();
  }

  private void fetch(long accountId, List<FanProfiles.DueFetch> batch) {
    try {
      List<String> openids = batch.stream().map(FanProfiles.DueFetch::openid).toList();
      Map<String, WxMpUser> answers =
          clients
              .forAccount(accounts.findById(accountId).orElseThrow())
              .getUserService()
              .userInfoList(openids)
              .stream()
              .collect(
                  Collectors.toMap(WxMpUser::getOpenId, user -> user, (first, second) -> first));
      for (FanProfiles.DueFetch due : batch) {
        WxMpUser user = answers.get(due.openid());
        if (user == null) {
          retryOrGiveUp(due, "not in WeChat's answer", false);
        } else {
          profiles.recordUserInfo(
              due.fanId(),
              user.getNickname(),
              user.getHeadImgUrl(),
              Boolean.TRUE.equals(user.getSubscribe()),
              clock.instant());
        }
      }
    } catch (WxErrorException e) {
      int code = e.getError() == null ? 0 : e.getError().getErrorCode();
      if (batch.size() > 1 && FINAL_REFUSALS.contains(code)) {
        // One openid WeChat will never accept refuses the whole batch: ask one by one so it holds
        // up no other.
        batch.forEach(due -> fetch(accountId, List.of(due)));
        return;
      }
      batch.forEach(due -> retryOrGiveUp(due, "errcode " + code, FINAL_REFUSALS.contains(code)));
    } catch (RuntimeException e) {
      batch.forEach(due -> retryOrGiveUp(due, e.getClass().getSimpleName(), false));
    }
  }

  private void retryOrGiveUp(FanProfiles.DueFetch due, String why, boolean finalRefusal) {
    int attempt = due.attempts() + 1;
    if (finalRefusal || attempt >= settings.maxAttempts()) {
      log.info(
          "Fan {}: user/info failed ({}) after {} attempts; asking again at the fan's next message",
          due.fanId(),
          why,
          attempt);
      profiles.giveUp(due.fanId());
      return;
    }
    log.info("Fan {}: user/info failed ({}); retrying", due.fanId(), why);
    profiles.retryAt(due.fanId(), clock.instant().plus(settings.backoffAfter(attempt)));
  }
}
