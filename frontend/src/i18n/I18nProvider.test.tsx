import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/helpers';
import { LANG_STORAGE_KEY, useT } from './I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { messages } from './messages';

function Sample() {
  const t = useT();
  return (
    <>
      <LanguageSwitch />
      <h1>{t('login.title')}</h1>
      <p>{t('conversations.waited', { time: '2:15' })}</p>
    </>
  );
}

describe('i18n', () => {
  it('starts in Chinese', () => {
    renderWithI18n(<Sample />);

    expect(screen.getByRole('heading').textContent).toBe('登录');
    expect(screen.getByText('已等待 2:15')).toBeTruthy();
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches the visible strings to English and keeps the choice after a reload', async () => {
    const first = renderWithI18n(<Sample />);

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading').textContent).toBe('Sign in');
    expect(screen.getByText('Waiting 2:15')).toBeTruthy();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    first.unmount();
    renderWithI18n(<Sample />);
    expect(screen.getByRole('heading').textContent).toBe('Sign in');

    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('heading').textContent).toBe('登录');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh-CN');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    renderWithI18n(<Sample />);

    expect(screen.getByRole('heading').textContent).toBe('登录');
  });

  it('has a non-empty text for every key in both languages', () => {
    for (const table of Object.values(messages)) {
      const empty = Object.entries(table).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });
});
