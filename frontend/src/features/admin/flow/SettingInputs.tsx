import type { ReactNode } from 'react';

interface Described {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

function Messages({ id, error, hint }: Omit<Described, 'label'>) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

function describedBy({ id, error, hint }: Described): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function TextSetting(
  props: Described & { value: string; onChange: (value: string) => void; disabled?: boolean },
) {
  const { id, label, value, onChange, disabled, error } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Messages {...props} />
    </div>
  );
}

/** A whole number; what cannot be read as one is kept as NaN so that validation names the range. */
export function NumberSetting(
  props: Described & {
    value: number;
    min: number;
    max: number;
    unit: string;
    onChange: (value: number) => void;
    disabled?: boolean;
  },
) {
  const { id, label, value, min, max, unit, onChange, disabled, error } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row number-row">
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={1}
          value={Number.isNaN(value) ? '' : value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          onChange={(event) => onChange(event.target.value === '' ? NaN : Number(event.target.value))}
        />
        <span className="muted">{unit}</span>
      </div>
      <Messages {...props} />
    </div>
  );
}

export function Toggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div className="field toggle">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {label}
      </label>
    </div>
  );
}

/** A group of settings with its own heading, e.g. 排队 or 超时. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="card settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function ListSetting(props: Described & { children: ReactNode }) {
  return (
    <div className="field" role="group" aria-labelledby={`${props.id}-label`}>
      <span className="label" id={`${props.id}-label`}>
        {props.label}
      </span>
      {props.children}
      <Messages {...props} />
    </div>
  );
}
