import type { ReactNode } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { ByteField } from './ByteField';
import {
  EDITABLE_TYPES,
  fieldLimit,
  fieldPath,
  fieldsOf,
  type ButtonPosition,
  type EditorButton,
  type TextField,
} from './menuModel';

const FIELD_LABELS: Record<TextField, MessageKey> = {
  name: 'menu.field.name',
  key: 'menu.field.key',
  url: 'menu.field.url',
  appId: 'menu.field.appId',
  pagePath: 'menu.field.pagePath',
};

const TYPE_LABELS: Record<(typeof EDITABLE_TYPES)[number], MessageKey> = {
  click: 'menu.type.click',
  view: 'menu.type.view',
  miniprogram: 'menu.type.miniprogram',
};

interface MenuButtonEditorProps {
  button: EditorButton;
  position: ButtonPosition;
  /** The message for a field, by the server's field path, or undefined. */
  errorFor: (path: string) => string | undefined;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (patch: Partial<EditorButton>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** The account's H5 chat link, which a view button can open. */
  h5ChatUrl?: string;
  /** Sub-buttons and their controls, for top-level buttons. */
  children?: ReactNode;
}

export function MenuButtonEditor(props: MenuButtonEditorProps) {
  const {
    button,
    position,
    errorFor,
    canMoveUp,
    canMoveDown,
    onChange,
    onMove,
    onRemove,
    h5ChatUrl,
    children,
  } = props;
  const t = useT();
  const id = position.sub === undefined ? `menu-${position.top}` : `menu-${position.top}-${position.sub}`;
  const title =
    position.sub === undefined
      ? t('menu.topButton', { n: position.top + 1 })
      : t('menu.subButton', { n: position.sub + 1 });
  const isParent = button.subButtons.length > 0;
  const unknownType = button.type !== '' && !(EDITABLE_TYPES as readonly string[]).includes(button.type);

  function textField(field: TextField) {
    return (
      <ByteField
        key={field}
        id={`${id}-${field}`}
        label={t(FIELD_LABELS[field])}
        value={button[field]}
        limit={fieldLimit(field, position)}
        error={errorFor(fieldPath(position, field))}
        placeholder={field === 'pagePath' ? 'pages/index/index' : field === 'url' ? 'https://' : undefined}
        onChange={(value) => onChange({ [field]: value })}
      />
    );
  }

  return (
    <fieldset className={position.sub === undefined ? 'menu-button top' : 'menu-button sub'} data-testid={id}>
      <legend>{title}</legend>
      <div className="menu-button-tools">
        <button
          type="button"
          className="link"
          disabled={!canMoveUp}
          onClick={() => onMove(-1)}
          aria-label={`${title} ${t('menu.moveUp')}`}
        >
          ↑
        </button>
        <button
          type="button"
          className="link"
          disabled={!canMoveDown}
          onClick={() => onMove(1)}
          aria-label={`${title} ${t('menu.moveDown')}`}
        >
          ↓
        </button>
        <button type="button" className="link danger" onClick={onRemove} data-testid={`${id}-remove`}>
          {t('menu.remove')}
        </button>
      </div>
      <div className="menu-fields">
        {textField('name')}
        {isParent ? (
          <p className="hint menu-parent-hint">{t('menu.parentHint')}</p>
        ) : (
          <>
            <div className="field menu-field">
              <label htmlFor={`${id}-type`}>{t('menu.field.type')}</label>
              <select
                id={`${id}-type`}
                value={button.type}
                onChange={(event) => onChange({ type: event.target.value })}
              >
                {EDITABLE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(TYPE_LABELS[type])}
                  </option>
                ))}
                {unknownType && (
                  <option value={button.type}>{t('menu.type.other', { type: button.type })}</option>
                )}
              </select>
              {errorFor(fieldPath(position, 'type')) && (
                <p className="field-error">{errorFor(fieldPath(position, 'type'))}</p>
              )}
            </div>
            {fieldsOf(button.type).map(textField)}
            {button.type === 'view' && h5ChatUrl && (
              <button
                type="button"
                className="menu-h5-link"
                data-testid={`${id}-use-h5`}
                onClick={() => onChange({ url: h5ChatUrl })}
              >
                {t('menu.useH5Link')}
              </button>
            )}
          </>
        )}
      </div>
      {children}
    </fieldset>
  );
}
