import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY } from '../../i18n/I18nProvider';
import { renderWithI18n } from '../../test/helpers';
import { conversation } from '../../test/workbenchFixtures';
import { ConversationList } from './ConversationList';

describe('the conversation list’s last line', () => {
  afterEach(() => localStorage.removeItem(LANG_STORAGE_KEY));

  it('names a picture in the UI’s language, since the server sends no words for it', () => {
    renderWithI18n(
      <ConversationList
        conversations={[conversation({ lastMessageText: '', lastMessageKind: 'IMAGE' })]}
        selectedId={null}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByTestId('conversation-item').textContent).toContain('[图片]');
  });

  it('puts the kind before what WeChat recognised in a voice message, in English after the switch', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(
      <ConversationList
        conversations={[conversation({ lastMessageText: '退货', lastMessageKind: 'VOICE' })]}
        selectedId={null}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByTestId('conversation-item').textContent).toContain('[Voice] 退货');
  });

  it('shows a text as it is', () => {
    renderWithI18n(
      <ConversationList
        conversations={[conversation({ lastMessageKind: 'TEXT' })]}
        selectedId={null}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByTestId('conversation-item').textContent).toContain('你好');
    expect(screen.getByTestId('conversation-item').textContent).not.toContain('[');
  });
});
