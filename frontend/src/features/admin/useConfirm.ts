import { App } from 'antd';
import { useT } from '../../i18n/I18nProvider';

/**
 * Asks in an antd confirm (in the desk's language and look, unlike the browser's window.confirm) and
 * answers whether the admin went ahead.
 */
export function useConfirm(): (
  question: string,
  options?: { okText?: string; danger?: boolean },
) => Promise<boolean> {
  const { modal } = App.useApp();
  const t = useT();
  return (question, options = {}) =>
    new Promise((resolve) =>
      modal.confirm({
        title: question,
        okText: options.okText ?? t('ac.common.confirm'),
        okButtonProps: { danger: options.danger },
        cancelText: t('common.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );
}
