import type { ConversationSummary } from '../../api/workbench';
import { useI18n } from '../../i18n/I18nProvider';
import { formatTime } from './format';

export function VisitorPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t, lang } = useI18n();
  return (
    <section className="visitor card">
      <h2>{t('visitor.title')}</h2>
      <dl>
        <dt>{t('visitor.name')}</dt>
        <dd>{conversation.fanName}</dd>
        <dt>{t('visitor.fanId')}</dt>
        <dd className="mono">{conversation.fanId}</dd>
        <dt>{t('visitor.status')}</dt>
        <dd>{t(`status.${conversation.status}`)}</dd>
        <dt>{t('visitor.startedAt')}</dt>
        <dd>
          <time dateTime={conversation.startedAt}>{formatTime(conversation.startedAt, lang)}</time>
        </dd>
      </dl>
    </section>
  );
}
