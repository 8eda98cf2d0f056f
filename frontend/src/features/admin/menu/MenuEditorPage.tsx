import { useEffect, useMemo, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import { ApiError, type FieldErrors } from '../../../api/client';
import { loadMenu, publishMenu } from '../../../api/menu';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { MenuButtonEditor } from './MenuButtonEditor';
import {
  LIMITS,
  addSubButton,
  addTopButton,
  fromMenu,
  moveButton,
  removeButton,
  toMenu,
  updateButton,
  validateMenu,
  type ButtonPosition,
  type EditorButton,
} from './menuModel';

/** The account's WeChat custom menu (自定义菜单): loaded from WeChat, edited here, published as a whole. */
export function MenuEditorPage() {
  const t = useT();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [buttons, setButtons] = useState<EditorButton[] | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'load' | 'publish' | null>(null);
  const [published, setPublished] = useState(false);

  useEffect(() => {
    listAccounts().then(setAccounts, setFailure);
  }, []);

  const problems = useMemo(() => (buttons ? validateMenu(buttons) : {}), [buttons]);
  const problemCount = Object.keys(problems).length;
  const account = accounts?.find((candidate) => candidate.id === accountId);

  async function open(id: number) {
    setAccountId(id);
    setButtons(null);
    setFailure(null);
    setServerErrors({});
    setAttempted(false);
    setPublished(false);
    setBusy('load');
    try {
      setButtons(fromMenu(await loadMenu(id)));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  function edit(change: (current: EditorButton[]) => EditorButton[]) {
    setButtons((current) => current && change(current));
    setServerErrors({});
    setPublished(false);
  }

  function errorFor(path: string): string | undefined {
    const problem = problems[path];
    if (attempted && problem) return t(problem.message, problem.params);
    return serverErrors[path];
  }

  async function publish() {
    if (!buttons || accountId === null) return;
    setAttempted(true);
    if (problemCount > 0) return;
    if (!window.confirm(t('menu.publishConfirm', { account: account?.name ?? '' }))) return;
    setBusy('publish');
    setFailure(null);
    try {
      await publishMenu(accountId, toMenu(buttons));
      setPublished(true);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) setServerErrors(error.fields);
    } finally {
      setBusy(null);
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
      h5ChatUrl: account?.h5ChatUrl,
    };
  }

  return (
    <section className="menu-editor">
      <div className="page-head">
        <div>
          <h1>{t('menu.title')}</h1>
          <p className="hint">{t('menu.intro')}</p>
        </div>
      </div>
      <div className="field account-picker">
        <label htmlFor="menu-account">{t('menu.account')}</label>
        <select
          id="menu-account"
          value={accountId ?? ''}
          onChange={(event) => event.target.value && void open(Number(event.target.value))}
        >
          <option value="">{t('menu.pickAccount')}</option>
          {accounts?.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} ({candidate.appId})
            </option>
          ))}
        </select>
      </div>
      {accounts?.length === 0 && <p className="card muted">{t('menu.noAccounts')}</p>}
      <Alert message={failure ? errorText(failure, t) : null} />
      {busy === 'load' && <p className="muted">{t('common.loading')}</p>}

      {buttons && (
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
          {published && <Alert tone="success" message={t('menu.published')} />}
          <div className="actions">
            <BusyButton
              className="primary"
              data-testid="menu-publish"
              busy={busy === 'publish'}
              disabled={busy !== null}
              label={t('menu.publish')}
              busyLabel={t('menu.publishing')}
              onClick={publish}
            />
          </div>
        </div>
      )}
    </section>
  );
}
