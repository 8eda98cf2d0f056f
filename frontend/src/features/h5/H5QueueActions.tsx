import { useState } from 'react';
import type { H5Menu } from '../../api/h5';
import { useT } from '../../i18n/I18nProvider';

/**
 * The navigation menu's entries as buttons: tapping one answers its number, as typing it would, and a
 * sub-menu's "back" answers 0. `disabled` while an answer is on its way, so that one tap answers once.
 */
export function H5MenuChoices({
  menu,
  disabled,
  onChoose,
}: {
  menu: H5Menu;
  disabled: boolean;
  onChoose: (answer: string) => void;
}) {
  const t = useT();
  return (
    <div className="h5-menu" role="group" aria-label={t('h5.menu')} data-testid="h5-menu">
      {menu.choices.map((choice) => (
        <button
          key={choice.number}
          type="button"
          data-testid="h5-menu-choice"
          data-number={choice.number}
          disabled={disabled}
          onClick={() => onChoose(String(choice.number))}
        >
          {choice.label}
        </button>
      ))}
      {menu.subMenu && (
        <button
          type="button"
          className="h5-menu-back"
          data-testid="h5-menu-choice"
          data-number={0}
          disabled={disabled}
          onClick={() => onChoose('0')}
        >
          {t('h5.menuBack')}
        </button>
      )}
    </div>
  );
}

/** 放弃排队, asked once more before it is done: giving up loses the visitor's place. */
export function H5GiveUp({ onGiveUp }: { onGiveUp: () => Promise<void> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    await onGiveUp();
    setBusy(false);
    setConfirming(false);
  }

  if (!confirming)
    return (
      <div className="h5-give-up">
        <button type="button" data-testid="h5-give-up" onClick={() => setConfirming(true)}>
          {t('h5.giveUp')}
        </button>
      </div>
    );
  return (
    <div
      className="h5-give-up"
      role="alertdialog"
      aria-label={t('h5.giveUp')}
      data-testid="h5-give-up-confirm"
    >
      <p>{t('h5.giveUpConfirm')}</p>
      <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
        {t('h5.giveUpNo')}
      </button>
      <button
        type="button"
        className="danger"
        data-testid="h5-give-up-yes"
        onClick={() => void confirm()}
        disabled={busy}
      >
        {t('h5.giveUpYes')}
      </button>
    </div>
  );
}
