import { useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function copy() {
    try {
      // navigator.clipboard is missing on plain-HTTP origins, a common self-hosted setup.
      if (!navigator.clipboard) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.select();
      setState('manual');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          ref={input}
          className="mono"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={copy}>
          {t('common.copy')}
        </button>
      </div>
      {state !== 'idle' && (
        <p className="hint" role="status">
          {t(state === 'copied' ? 'common.copied' : 'common.copyManual')}
        </p>
      )}
    </div>
  );
}
