import { useState, type FormEvent } from 'react';
import {
  createAccount,
  generateSecrets,
  verifyAccount,
  type Account,
  type H5Authorization,
  type NewAccount,
  type Verification,
} from '../../../api/accounts';
import { ApiError, type FieldErrors } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { CopyField } from '../../../components/CopyField';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { H5AuthorizationSelect } from './H5AuthorizationSelect';
import { validateFields, type AccountField } from './validation';

type Step = 1 | 2 | 3;

const STEP_FIELDS: Record<1 | 2, AccountField[]> = {
  1: ['originalId', 'appId', 'appSecret', 'name'],
  2: ['token', 'encodingAesKey'],
};

const EMPTY: NewAccount = {
  name: '',
  originalId: '',
  appId: '',
  appSecret: '',
  token: '',
  encodingAesKey: '',
};

const STEP_TITLES: Record<Step, MessageKey> = { 1: 'wizard.step1', 2: 'wizard.step2', 3: 'wizard.step3' };

interface BindWizardProps {
  onCreated: (account: Account) => void;
  onClose: () => void;
}

export function BindWizard({ onCreated, onClose }: BindWizardProps) {
  const t = useT();
  const [step, setStep] = useState<Step>(1);
  const [values, setValues] = useState<NewAccount>(EMPTY);
  const [h5Authorization, setH5Authorization] = useState<H5Authorization>('BASE');
  const [clientErrors, setClientErrors] = useState<Partial<Record<AccountField, MessageKey>>>({});
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'generate' | 'save' | 'verify' | null>(null);
  const [account, setAccount] = useState<Account | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);

  const submitted: NewAccount = { ...values, name: values.name.trim() };

  function change(field: AccountField, raw: string) {
    // Only the name may contain spaces; elsewhere they come from sloppy pasting.
    const value = field === 'name' ? raw : raw.replace(/\s/g, '');
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    if (clientErrors[field]) {
      const { [field]: error } = validateFields({ ...submitted, [field]: value }, [field]);
      setClientErrors((previous) => ({ ...previous, [field]: error }));
    }
  }

  function blur(field: AccountField) {
    if (values[field] === '') return;
    const { [field]: error } = validateFields(submitted, [field]);
    setClientErrors((previous) => ({ ...previous, [field]: error }));
  }

  function checkStep(target: 1 | 2): boolean {
    const errors = validateFields(submitted, STEP_FIELDS[target]);
    setClientErrors((previous) => ({
      ...previous,
      ...Object.fromEntries(STEP_FIELDS[target].map((f) => [f, errors[f]])),
    }));
    return Object.keys(errors).length === 0;
  }

  async function generate() {
    setBusy('generate');
    setFailure(null);
    try {
      const secrets = await generateSecrets();
      setValues((previous) => ({ ...previous, ...secrets }));
      setClientErrors((previous) => ({ ...previous, token: undefined, encodingAesKey: undefined }));
      setServerErrors(({ token: _token, encodingAesKey: _key, ...rest }) => rest);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    if (!checkStep(1)) {
      setStep(1);
      return;
    }
    if (!checkStep(2)) return;
    setBusy('save');
    setFailure(null);
    try {
      const created = await createAccount({ ...submitted, h5Authorization });
      setAccount(created);
      setStep(3);
      onCreated(created);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) {
        setServerErrors(error.fields);
        if (STEP_FIELDS[1].some((field) => field in error.fields)) setStep(1);
      }
    } finally {
      setBusy(null);
    }
  }

  async function verify(id: number) {
    setBusy('verify');
    setFailure(null);
    setVerification(null);
    try {
      setVerification(await verifyAccount(id));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (step === 1 && checkStep(1)) setStep(2);
    if (step === 2) void save();
  }

  function fieldProps(field: AccountField) {
    const clientError = clientErrors[field];
    return {
      id: `bind-${field}`,
      label: t(`field.${field}`),
      value: values[field],
      error: clientError ? t(clientError) : serverErrors[field],
      autoComplete: 'off',
      spellCheck: false,
      onChange: (event: { target: { value: string } }) => change(field, event.target.value),
      onBlur: () => blur(field),
    };
  }

  // A 400 with field errors explains itself beside the fields; its top-level message only when it has one.
  const failureMessage =
    failure instanceof ApiError && !failure.message && Object.keys(failure.fields).length > 0
      ? null
      : failure
        ? errorText(failure, t)
        : null;

  return (
    <div className="overlay">
      <form
        className="card dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="bind-title"
        onSubmit={submit}
        noValidate
      >
        <div className="dialog-head">
          <h2 id="bind-title">{t('wizard.title')}</h2>
          <button type="button" className="link" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <p className="step">
          {t('wizard.stepOf', { n: step })} · {t(STEP_TITLES[step])}
        </p>
        <Alert message={failureMessage} />

        {step === 1 && (
          <>
            <p className="hint">{t('wizard.step1Hint')}</p>
            <Field {...fieldProps('originalId')} placeholder="gh_…" className="mono" />
            <Field {...fieldProps('appId')} placeholder="wx…" className="mono" />
            <Field {...fieldProps('appSecret')} type="password" className="mono" />
            <Field {...fieldProps('name')} hint={t('field.nameHint')} />
            <H5AuthorizationSelect
              id="bind-h5Authorization"
              value={h5Authorization}
              onChange={setH5Authorization}
            />
            <div className="actions">
              <button type="submit" className="primary">
                {t('wizard.next')}
              </button>
            </div>
          </>
        )}

        {step === 2 && (
          <>
            <p className="hint">{t('wizard.step2Hint')}</p>
            <p className="notice">{t('wizard.safeMode')}</p>
            <Field {...fieldProps('token')} className="mono" />
            <Field {...fieldProps('encodingAesKey')} className="mono" />
            <div className="actions">
              <button type="button" onClick={() => setStep(1)}>
                {t('wizard.back')}
              </button>
              <BusyButton
                busy={busy === 'generate'}
                disabled={busy !== null}
                label={t('common.generate')}
                busyLabel={t('common.generating')}
                onClick={generate}
              />
              <BusyButton
                type="submit"
                className="primary"
                busy={busy === 'save'}
                disabled={busy !== null}
                label={t('wizard.save')}
                busyLabel={t('wizard.saving')}
              />
            </div>
          </>
        )}

        {step === 3 && account && (
          <>
            <p>{t('wizard.saved')}</p>
            <p className="path">{t('wizard.where')}</p>
            <CopyField id="bind-push-url" label={t('wizard.urlLabel')} value={account.pushUrl} />
            <CopyField id="bind-h5-url" label={t('accounts.h5ChatUrl')} value={account.h5ChatUrl} />
            <CopyField id="bind-copy-token" label={t('field.token')} value={submitted.token} />
            <CopyField
              id="bind-copy-key"
              label={t('field.encodingAesKey')}
              value={submitted.encodingAesKey}
            />
            <p className="notice">{t('wizard.fillMode')}</p>
            <p className="hint">{t('wizard.afterSubmit')}</p>
            {verification && (
              <Alert
                tone={verification.ok ? 'success' : 'error'}
                message={
                  verification.ok
                    ? t('wizard.verifyOk')
                    : t('wizard.verifyFailed', { error: verification.error ?? '' })
                }
              />
            )}
            {verification && !verification.ok && <p className="hint">{t('wizard.verifyHint')}</p>}
            <div className="actions">
              <BusyButton
                busy={busy === 'verify'}
                label={t('wizard.verify')}
                busyLabel={t('wizard.verifying')}
                onClick={() => verify(account.id)}
              />
              <button type="button" className="primary" onClick={onClose}>
                {t('wizard.done')}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
