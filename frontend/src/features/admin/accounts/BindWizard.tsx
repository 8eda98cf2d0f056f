import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Space, Steps } from 'antd';
import { useState } from 'react';
import {
  createAccount,
  generateSecrets,
  verifyAccount,
  type Account,
  type AccountRequest,
  type H5Authorization,
} from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { startAuthorization } from '../../../api/component';
import { Alert } from '../../../components/Alert';
import { CopyField } from '../../../components/CopyField';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { H5AuthorizationSelect } from './H5AuthorizationSelect';
import { showServerErrors } from './serverErrors';
import { accountRule, withoutSpaces, type AccountField } from './validation';
import { openWeChatPage } from './wechatPage';

type Step = 0 | 1 | 2;
type Values = Required<AccountRequest>;

const DETAILS: AccountField[] = ['originalId', 'appId', 'appSecret', 'name'];
const ENCRYPTION: AccountField[] = ['token', 'encodingAesKey'];
const STEP_TITLES: MessageKey[] = ['wizard.step1', 'wizard.step2', 'wizard.step3'];
const DEFAULT_H5: H5Authorization = 'BASE';

interface BindWizardProps {
  onCreated: (account: Account) => void;
  onClose: () => void;
}

/**
 * Binding by WeChat authorization (扫码授权, recommended: WeChat's page shows the QR code, the account's
 * admin scans it and the desk is called back), or in developer mode in three steps: the account's details, the push encryption's Token and EncodingAESKey, and
 * what to enter in WeChat's server configuration. The first two steps are one form, both kept mounted
 * so that a field the server refuses keeps its message when the admin goes back and forth.
 */
export function BindWizard({ onCreated, onClose }: BindWizardProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState<Step>(0);
  const [bound, setBound] = useState<{ account: Account; values: Values } | null>(null);

  const generate = useMutation({
    mutationFn: generateSecrets,
    onSuccess: (secrets) => {
      form.setFieldsValue(secrets);
      void form.validateFields(ENCRYPTION);
    },
  });
  const create = useMutation({
    mutationFn: createAccount,
    onSuccess: (account, values) => {
      setBound({ account, values: values as Values });
      setStep(2);
      onCreated(account);
    },
    onError: (error) => {
      showServerErrors(form, error);
      if (error instanceof ApiError && DETAILS.some((field) => field in error.fields)) setStep(0);
    },
  });
  const verify = useMutation({ mutationFn: verifyAccount });
  const authorize = useMutation({
    mutationFn: startAuthorization,
    onSuccess: (page) => openWeChatPage(page),
  });

  async function next() {
    try {
      await form.validateFields(DETAILS);
      setStep(1);
    } catch {
      // The messages show beside the fields.
    }
  }

  const failure = authorize.error ?? generate.error ?? create.error ?? verify.error;
  // A 400 with field errors explains itself beside the fields; its top-level message only when it has one.
  const failureMessage =
    failure instanceof ApiError && !failure.message && Object.keys(failure.fields).length > 0
      ? null
      : failure
        ? errorText(failure, t)
        : null;
  const credential = { autoComplete: 'off', spellCheck: false, className: 'mono' } as const;
  const verification = verify.data;

  return (
    <Modal open title={t('wizard.title')} footer={null} onCancel={onClose} maskClosable={false} width={640}>
      <Steps size="small" current={step} items={STEP_TITLES.map((title) => ({ title: t(title) }))} />
      <p className="step" aria-live="polite">
        {t('wizard.stepOf', { n: step + 1 })} · {t(STEP_TITLES[step])}
      </p>
      <Alert message={failureMessage} />
      {step === 0 && (
        <section className="qr-bind" aria-labelledby="qr-bind-title">
          <h3 id="qr-bind-title">{t('wizard.qrTitle')}</h3>
          <p className="hint">{t('wizard.qrHint')}</p>
          <Button type="primary" loading={authorize.isPending} onClick={() => authorize.mutate()}>
            {t('wizard.qrStart')}
          </Button>
          <h3>{t('wizard.developerTitle')}</h3>
        </section>
      )}
      <Form<Values>
        form={form}
        name="bind"
        layout="vertical"
        scrollToFirstError
        initialValues={{ h5Authorization: DEFAULT_H5 }}
        onFinish={(values) => create.mutate({ ...values, name: values.name.trim() })}
        onFinishFailed={({ errorFields }) => {
          if (errorFields.some((field) => DETAILS.includes(field.name[0] as AccountField))) setStep(0);
        }}
        hidden={step === 2}
      >
        <div hidden={step !== 0}>
          <p className="hint">{t('wizard.step1Hint')}</p>
          <Form.Item
            name="originalId"
            label={t('field.originalId')}
            normalize={withoutSpaces}
            rules={[accountRule('originalId', t)]}
          >
            <Input placeholder="gh_…" {...credential} />
          </Form.Item>
          <Form.Item
            name="appId"
            label={t('field.appId')}
            normalize={withoutSpaces}
            rules={[accountRule('appId', t)]}
          >
            <Input placeholder="wx…" {...credential} />
          </Form.Item>
          <Form.Item
            name="appSecret"
            label={t('field.appSecret')}
            normalize={withoutSpaces}
            rules={[accountRule('appSecret', t)]}
          >
            <Input.Password {...credential} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('field.name')}
            extra={t('field.nameHint')}
            rules={[accountRule('name', t)]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="h5Authorization"
            label={t('accounts.h5Authorization')}
            extra={t('accounts.h5AuthorizationHint')}
          >
            <H5AuthorizationSelect />
          </Form.Item>
          <Button type="primary" onClick={() => void next()}>
            {t('wizard.next')}
          </Button>
        </div>
        <div hidden={step !== 1}>
          <p className="hint">{t('wizard.step2Hint')}</p>
          <p className="notice">{t('wizard.safeMode')}</p>
          <Form.Item
            name="token"
            label={t('field.token')}
            normalize={withoutSpaces}
            rules={[accountRule('token', t)]}
          >
            <Input {...credential} />
          </Form.Item>
          <Form.Item
            name="encodingAesKey"
            label={t('field.encodingAesKey')}
            normalize={withoutSpaces}
            rules={[accountRule('encodingAesKey', t)]}
          >
            <Input {...credential} />
          </Form.Item>
          {step === 1 && (
            <Space wrap>
              <Button onClick={() => setStep(0)}>{t('wizard.back')}</Button>
              <Button
                loading={generate.isPending}
                disabled={create.isPending}
                onClick={() => generate.mutate()}
              >
                {t('common.generate')}
              </Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                disabled={generate.isPending}
              >
                {t('wizard.save')}
              </Button>
            </Space>
          )}
        </div>
      </Form>

      {step === 2 && bound && (
        <>
          <p>{t('wizard.saved')}</p>
          <p className="path">{t('wizard.where')}</p>
          <CopyField id="bind-push-url" label={t('wizard.urlLabel')} value={bound.account.pushUrl} />
          <CopyField id="bind-h5-url" label={t('accounts.h5ChatUrl')} value={bound.account.h5ChatUrl} />
          <CopyField id="bind-copy-token" label={t('field.token')} value={bound.values.token} />
          <CopyField
            id="bind-copy-key"
            label={t('field.encodingAesKey')}
            value={bound.values.encodingAesKey}
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
          <Space wrap>
            <Button loading={verify.isPending} onClick={() => verify.mutate(bound.account.id)}>
              {t('wizard.verify')}
            </Button>
            <Button type="primary" onClick={onClose}>
              {t('wizard.done')}
            </Button>
          </Space>
        </>
      )}
    </Modal>
  );
}
