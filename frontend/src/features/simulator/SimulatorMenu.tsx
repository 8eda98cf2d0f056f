import { useState } from 'react';
import type { DemoMenuButton } from '../../api/demo';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  buttons: DemoMenuButton[];
  /** A `click` button: WeChat pushes a CLICK event with the button's key. */
  onClick: (key: string, name: string) => void;
}

/**
 * The account's custom menu at the bottom of the fan's chat, as WeChat shows it: up to three buttons, a
 * button with sub-buttons opens them above it. `view` buttons open their page; other types are shown but
 * do nothing here, since the simulator sends only the events the desk reacts to.
 */
export function SimulatorMenu({ buttons, onClick }: Props) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);

  function act(button: DemoMenuButton) {
    setOpen(null);
    if (button.type === 'click' && button.key) onClick(button.key, button.name);
    else if (button.type === 'view' && button.url) window.open(button.url, '_blank', 'noopener');
  }

  if (buttons.length === 0) return <p className="sim-menu muted">{t('sim.noMenu')}</p>;
  return (
    <nav className="sim-menu" aria-label={t('sim.menuBar')}>
      {buttons.map((button, index) => {
        const subs = button.sub_button ?? [];
        return (
          <div key={`${index}-${button.name}`} className="sim-menu-item">
            {subs.length > 0 && open === index && (
              <ul className="sim-submenu">
                {subs.map((sub) => (
                  <li key={sub.name}>
                    <button
                      type="button"
                      data-testid={sub.key ? `sim-menu-${sub.key}` : undefined}
                      onClick={() => act(sub)}
                    >
                      {sub.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              data-testid={button.key ? `sim-menu-${button.key}` : undefined}
              aria-expanded={subs.length > 0 ? open === index : undefined}
              onClick={() => (subs.length > 0 ? setOpen(open === index ? null : index) : act(button))}
            >
              {subs.length > 0 ? `☰ ${button.name}` : button.name}
            </button>
          </div>
        );
      })}
    </nav>
  );
}
