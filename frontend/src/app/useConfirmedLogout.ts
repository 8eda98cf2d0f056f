import { App } from 'antd';
import type { User } from '../api/auth';
import { fetchWorkbench } from '../api/workbench';
import { useT } from '../i18n/I18nProvider';

/**
 * Logging out sets an agent offline; with conversations still open, the agent confirms first, told how
 * many stay theirs. Nothing open (or no agent): out at once. When the count cannot be read, asking
 * is the safer way.
 */
export function useConfirmedLogout(user: User, logout: () => void): () => Promise<void> {
  const t = useT();
  const { modal } = App.useApp();

  return async () => {
    if (!user.roles.includes('AGENT') && !user.roles.includes('SUPERVISOR')) {
      logout();
      return;
    }
    const open = await fetchWorkbench().then(
      (workbench) =>
        workbench.conversations.filter((conversation) => conversation.status === 'CHATTING').length,
      () => null,
    );
    if (open === 0) {
      logout();
      return;
    }
    modal.confirm({
      title: t('logout.confirmTitle'),
      content: t('logout.confirmOpen', { count: open ?? '?' }),
      okText: t('logout.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: logout,
    });
  };
}
