package org.wechatdesk.user;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.system.OpenWebSockets;

/** A disabled user's open workbench sockets are closed, on this node and on the others. */
@Component
class SocketsOfDisabledUsers {

  private final DeskUserRepository users;
  private final OpenWebSockets sockets;

  SocketsOfDisabledUsers(DeskUserRepository users, OpenWebSockets sockets) {
    this.users = users;
    this.sockets = sockets;
  }

  /** Other nodes close the user's sockets they hold when the disabling commits. */
  @EventListener
  void announce(UserDisabled disabled) {
    users.findById(disabled.userId()).ifPresent(user -> sockets.announceClosing(user.username()));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void disabled(UserDisabled disabled) {
    users.findById(disabled.userId()).ifPresent(user -> sockets.close(user.username()));
  }
}
