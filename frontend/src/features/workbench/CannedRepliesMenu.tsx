import { App } from 'antd';
import { useState, type FormEvent } from 'react';
import { createCannedReply, deleteCannedReply, type CannedReply } from '../../api/cannedReplies';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';

interface CannedRepliesMenuProps {
  replies: CannedReply[];
  onPick: (reply: CannedReply) => void;
  onChanged: () => Promise<void>;
}

/** The quick-reply list (personal, then shared) with adding and deleting. */
export function CannedRepliesMenu({ replies, onPick, onChanged }: CannedRepliesMenuProps) {
  const t = useT();
  const { modal } = App.useApp();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      await onChanged();
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const reply = { title: title.trim(), text: text.trim(), shared };
    setMissing(!reply.title || !reply.text);
    if (!reply.title || !reply.text) return;
    if (await run(() => createCannedReply(reply))) {
      setTitle('');
      setText('');
      setShared(false);
    }
  }

  function remove(reply: CannedReply) {
    modal.confirm({
      title: t('canned.deleteConfirm', { title: reply.title }),
      okText: t('canned.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => run(() => deleteCannedReply(reply.id)),
    });
  }

  const groups = [
    { label: t('canned.personal'), items: replies.filter((reply) => !reply.shared) },
    { label: t('canned.shared'), items: replies.filter((reply) => reply.shared) },
  ].filter((group) => group.items.length > 0);

  return (
    <div className="canned-menu" role="group" aria-label={t('canned.title')}>
      <Alert message={failure ? errorText(failure, t) : null} />
      {groups.length === 0 && <p className="muted small">{t('canned.empty')}</p>}
      {groups.map((group) => (
        <section key={group.label}>
          <h3 className="small muted">{group.label}</h3>
          <ul className="canned-list">
            {group.items.map((reply) => (
              <li key={reply.id}>
                <button type="button" className="canned-pick" onClick={() => onPick(reply)}>
                  <strong>{reply.title}</strong> <span className="muted">{reply.text}</span>
                </button>
                <button
                  type="button"
                  className="link"
                  aria-label={t('canned.delete', { title: reply.title })}
                  disabled={busy}
                  onClick={() => remove(reply)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <form className="canned-new" onSubmit={add} noValidate>
        <h3 className="small muted">{t('canned.new')}</h3>
        <Field
          id="canned-title"
          label={t('canned.fieldTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <div className="field">
          <label htmlFor="canned-text">{t('canned.fieldText')}</label>
          <textarea
            id="canned-text"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
          {t('canned.fieldShared')}
        </label>
        {missing && <p className="field-error">{t('canned.required')}</p>}
        <div className="actions">
          <BusyButton type="submit" busy={busy} label={t('canned.save')} busyLabel={t('canned.saving')} />
        </div>
      </form>
    </div>
  );
}
