import type { User } from '../../api/auth';
import { useT } from '../../i18n/I18nProvider';

export function WorkbenchPlaceholder({ user }: { user: User }) {
  const t = useT();
  return (
    <section className="card">
      <h2>{t('workbench.greeting', { name: user.displayName })}</h2>
      <p>{t('workbench.comingSoon')}</p>
    </section>
  );
}
