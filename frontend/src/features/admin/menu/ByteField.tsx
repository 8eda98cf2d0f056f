import { useT } from '../../../i18n/I18nProvider';
import { utf8Bytes } from './menuModel';

interface ByteFieldProps {
  id: string;
  label: string;
  value: string;
  limit: number;
  error?: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A text input with a live count of its UTF-8 bytes against WeChat's limit. */
export function ByteField({ id, label, value, limit, error, placeholder, onChange }: ByteFieldProps) {
  const t = useT();
  const bytes = utf8Bytes(value);
  const over = bytes > limit;
  return (
    <div className="field menu-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={`${id}-count`}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-count`} className={over ? 'byte-count over' : 'byte-count'} data-testid="byte-count">
        {t('menu.bytes', { bytes, limit })}
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
