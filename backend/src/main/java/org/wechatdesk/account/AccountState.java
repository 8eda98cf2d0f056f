package org.wechatdesk.account;

/** Whether an account serves its fans; see the V58 migration for what each state keeps. */
public enum AccountState {
  ACTIVE,
  /** Pushes are verified, acknowledged and stored, but start nothing; nothing is sent. */
  DISABLED,
  /** Credentials wiped, push URL unknown; fans and conversations stay readable in history. */
  UNBOUND
}
