import type { QuotaStatus, SendRefusal } from '../../api/fans';

export type SendState =
  { allowed: true; remaining: number; windowEndsAt: string } | { allowed: false; reason: SendRefusal };

/**
 * Whether a proactive message can go to the fan now. The server's answer is rechecked against the
 * clock, so a window that closes while the list is open disables the button without a reload.
 */
export function sendState(quota: QuotaStatus, refusal: SendRefusal | null | undefined, now: Date): SendState {
  if (refusal) return { allowed: false, reason: refusal };
  if (!quota.windowEndsAt || new Date(quota.windowEndsAt).getTime() <= now.getTime()) {
    return { allowed: false, reason: 'WINDOW_CLOSED' };
  }
  if (quota.remaining <= 0) return { allowed: false, reason: 'QUOTA_SPENT' };
  return { allowed: true, remaining: quota.remaining, windowEndsAt: quota.windowEndsAt };
}
