import type { ConversationSummary } from '../../api/workbench';
import { useT } from '../../i18n/I18nProvider';
import { channelOf } from './channel';

export function ChannelBadge({ conversation }: { conversation: ConversationSummary }) {
  const t = useT();
  const channel = channelOf(conversation);
  return (
    <span
      className={`badge channel-badge channel-${channel.toLowerCase()}`}
      data-testid="channel-badge"
      title={t('channel.label')}
    >
      {t(`channel.${channel}`)}
    </span>
  );
}
