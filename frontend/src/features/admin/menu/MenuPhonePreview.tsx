import { useState } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import type { EditorButton } from './menuModel';

/**
 * The menu as a fan's WeChat shows it: a bar at the bottom of the chat, one cell per top button; a
 * button with a sub-menu opens it above the bar. Unnamed buttons show where the name will go.
 */
export function MenuPhonePreview({ accountName, buttons }: { accountName: string; buttons: EditorButton[] }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const name = (button: EditorButton) => button.name.trim() || t('menu.preview.unnamed');
  return (
    <figure className="phone-preview" aria-label={t('menu.preview.label')}>
      <div className="phone-title">{accountName}</div>
      <div className="phone-chat" />
      <nav className="phone-menu" aria-label={t('menu.preview.bar')}>
        {buttons.map((button, index) => (
          <div className="phone-menu-cell" key={button.id}>
            {open === index && button.subButtons.length > 0 && (
              <ul className="phone-submenu">
                {button.subButtons.map((sub) => (
                  <li key={sub.id}>{name(sub)}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              aria-expanded={button.subButtons.length > 0 ? open === index : undefined}
              onClick={() => setOpen(open === index ? null : index)}
            >
              {button.subButtons.length > 0 && <span className="phone-menu-mark" aria-hidden="true" />}
              {name(button)}
            </button>
          </div>
        ))}
      </nav>
      <figcaption className="small muted">{t('menu.preview.caption')}</figcaption>
    </figure>
  );
}
