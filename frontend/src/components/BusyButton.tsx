import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  label: string;
  busyLabel: string;
}

export function BusyButton({
  busy,
  label,
  busyLabel,
  disabled,
  type = 'button',
  ...button
}: BusyButtonProps) {
  return (
    <button type={type} disabled={busy || disabled} aria-busy={busy || undefined} {...button}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        label
      )}
    </button>
  );
}
