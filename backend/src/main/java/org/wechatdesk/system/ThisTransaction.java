package org.wechatdesk.system;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State kept for the current transaction as one of its synchronizations, so that it ends with the
 * transaction. It is looked up among the transaction's own synchronizations rather than bound to
 * the thread: a transaction begun inside another (REQUIRES_NEW) has synchronizations of its own and
 * commits apart, so it must not see, nor add to, the outer one's state.
 */
public final class ThisTransaction {

  private ThisTransaction() {}

  /**
   * The synchronization of {@code type} that {@code mine} accepts among the current transaction's,
   * registered from {@code create} if there is none; empty outside a transaction.
   */
  public static <S extends TransactionSynchronization> Optional<S> synchronization(
      Class<S> type, Predicate<S> mine, Supplier<S> create) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    for (TransactionSynchronization synchronization :
        TransactionSynchronizationManager.getSynchronizations()) {
      if (type.isInstance(synchronization) && mine.test(type.cast(synchronization))) {
        return Optional.of(type.cast(synchronization));
      }
    }
    S created = create.get();
    TransactionSynchronizationManager.registerSynchronization(created);
    return Optional.of(created);
  }
}
