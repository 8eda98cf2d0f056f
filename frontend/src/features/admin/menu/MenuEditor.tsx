import { App } from 'antd';
import { useMemo, useState } from 'react';
import type { Account } from '../../../api/accounts';
import { ApiError, type FieldErrors } from '../../../api/client';
import { publishMenu } from '../../../api/menu';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { MenuButtonEditor } from './MenuButtonEditor';
import {
  LIMITS,
  addSubButton,
  addTopButton,
  moveButton,
  removeButton,
  toMenu,
  updateButton,
  validateMenu,
  type ButtonPosition,
  type EditorButton,
} from './menuModel';
import { MenuPhonePreview } from './MenuPhonePreview';

/** One account's menu being edited beside its phone preview, published as a whole after a warning. */
export function MenuEditor({ account, initial }: { account: Account; initial: EditorButton[] }) {
  const t = useT();
  const { modal } = App.useApp();
  const [buttons, setButtons] = useState(initial);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);

  const problems = useMemo(() => validateMenu(buttons), [buttons]);
  const problemCount = Object.keys(problems).length;

  function edit(change: (current: EditorButton[]) => EditorButton[]) {
    setButtons(change);
    setServerErrors({});
    setPublished(false);
  }

  function errorFor(path: string): string | undefined {
    const problem = problems[path];
    if (attempted && problem) return t(problem.message, problem.params);
    return serverErrors[path];
  }

  function publish() {
    setAttempted(true);
    if (problemCount > 0) return;
    modal.confirm({
      title: t('menu.publish'),
      content: t('menu.publishConfirm', { account: account.name }),
      okText: t('menu.publish'),
      cancelText: t('common.cancel'),
      onOk: send,
    });
  }

  async function send() {
    setBusy(true);
    setFailure(null);
    try {
      await publishMenu(account.id, toMenu(buttons));
      setPublished(true);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) setServerErrors(error.fields);
    } finally {
      setBusy(false);
    }
  }

  function editorFor(button: EditorButton, position: ButtonPosition, siblings: number) {
    const index = position.sub ?? position.top;
    return {
      button,
      position,
      errorFor,
      canMoveUp: index > 0,
      canMoveDown: index < siblings - 1,
      onChange: (patch: Partial<EditorButton>) => edit((current) => updateButton(current, position, patch)),
      onMove: (offset: -1 | 1) => edit((current) => moveButton(current, position, offset)),
      onRemove: () => edit((current) => removeButton(current, position)),
      h5ChatUrl: account.h5ChatUrl,
    };
  }

  return (
    <div className="menu-workspace">
      <div className="card">
        {buttons.length === 0 && <p className="muted">{t('menu.empty')}</p>}
        {buttons.map((button, top) => (
          <MenuButtonEditor key={button.id} {...editorFor(button, { top }, buttons.length)}>
            <div className="menu-subs">
              {button.subButtons.map((sub, index) => (
                <MenuButtonEditor
                  key={sub.id}
                  {...editorFor(sub, { top, sub: index }, button.subButtons.length)}
                />
              ))}
              <button
                type="button"
                data-testid={`menu-${top}-add-sub`}
                disabled={button.subButtons.length >= LIMITS.subButtons}
                onClick={() => edit((current) => addSubButton(current, top))}
              >
                {t('menu.addSub', { count: button.subButtons.length, max: LIMITS.subButtons })}
              </button>
            </div>
          </MenuButtonEditor>
        ))}
        <button
          type="button"
          data-testid="menu-add-top"
          disabled={buttons.length >= LIMITS.topLevel}
          onClick={() => edit(addTopButton)}
        >
          {t('menu.addTop', { count: buttons.length, max: LIMITS.topLevel })}
        </button>

        <p className="notice">{t('menu.replaceWarning')}</p>
        {attempted && problemCount > 0 && <Alert message={t('menu.fixFirst', { count: problemCount })} />}
        {attempted && problems.buttons && <Alert message={t(problems.buttons.message)} />}
        <Alert message={failure ? errorText(failure, t) : null} />
        {published && <Alert tone="success" message={t('menu.published')} />}
        <div className="actions">
          <BusyButton
            className="primary"
            data-testid="menu-publish"
            busy={busy}
            disabled={busy}
            label={t('menu.publish')}
            busyLabel={t('menu.publishing')}
            onClick={publish}
          />
        </div>
      </div>
      <MenuPhonePreview accountName={account.name} buttons={buttons} />
    </div>
  );
}
