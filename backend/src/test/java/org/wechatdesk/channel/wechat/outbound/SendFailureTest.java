package org.wechatdesk.channel.wechat.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.Test;
import org.wechatdesk.message.DeliveryFailure;
import org.wechatdesk.message.DeliveryFailure.Kind;
import org.wechatdesk.message.DeliveryProblem;

/** What WeChat's answers mean for a message, and the code the sender is told. */
class SendFailureTest {

  private static DeliveryFailure answered(int errcode) {
    return SendFailure.classify(
        new WxErrorException(
            WxError.builder().errorCode(errcode).errorMsg("errmsg " + errcode).build()));
  }

  @Test
  void refusalsForGoodAreNamedWithWeChatsNumberBeside() {
    DeliveryFailure closed = answered(45015);
    assertThat(closed.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(closed.problem()).isEqualTo(DeliveryProblem.WINDOW_CLOSED);
    assertThat(closed.errorCode()).isEqualTo(45015);
    assertThat(answered(45047).problem()).isEqualTo(DeliveryProblem.QUOTA_SPENT);
    assertThat(answered(43004).problem()).isEqualTo(DeliveryProblem.UNFOLLOWED);
  }

  @Test
  void aNumberWithoutWordsIsAChannelErrorCarryingTheNumber() {
    DeliveryFailure unknown = answered(40164);
    assertThat(unknown.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(unknown.reason()).isEqualTo("delivery.channelError");
    assertThat(unknown.errorCode()).isEqualTo(40164);
    assertThat(unknown.getMessage()).as("WeChat's words stay for the log").contains("errmsg 40164");
  }

  @Test
  void limitsAndBusyAreTriedAgain() {
    assertThat(answered(45011).kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(answered(45011).problem()).isEqualTo(DeliveryProblem.RATE_LIMIT);
    assertThat(answered(-1).problem()).isEqualTo(DeliveryProblem.CHANNEL_BUSY);
    assertThat(answered(-1).kind()).isEqualTo(Kind.TRANSIENT);
  }

  @Test
  void aRequestThatLeftWithoutAnswerMayHaveBeenDelivered() {
    DeliveryFailure timeout = SendFailure.classify(new SocketTimeoutException("Read timed out"));
    assertThat(timeout.kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(timeout.problem()).isEqualTo(DeliveryProblem.NO_ANSWER);
    DeliveryFailure broken = SendFailure.classify(new IOException("Connection reset"));
    assertThat(broken.kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(broken.problem()).isEqualTo(DeliveryProblem.CONNECTION_BROKE);
  }

  @Test
  void aRequestThatNeverLeftIsTriedAgain() {
    DeliveryFailure refused = SendFailure.classify(new ConnectException("Connection refused"));
    assertThat(refused.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(refused.problem()).isEqualTo(DeliveryProblem.UNREACHABLE);
    assertThat(refused.errorCode()).isNull();
  }
}
