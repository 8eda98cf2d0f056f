import { H5_AUTHORIZATIONS, type H5Authorization } from '../../../api/accounts';
import { useT } from '../../../i18n/I18nProvider';

interface H5AuthorizationSelectProps {
  id: string;
  value: H5Authorization;
  onChange: (value: H5Authorization) => void;
  disabled?: boolean;
}

/** The web authorization the account's H5 chat page asks WeChat for. */
export function H5AuthorizationSelect({ id, value, onChange, disabled }: H5AuthorizationSelectProps) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('accounts.h5Authorization')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value as H5Authorization)}
      >
        {H5_AUTHORIZATIONS.map((option) => (
          <option key={option} value={option}>
            {t(`accounts.h5Authorization.${option}`)}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {t('accounts.h5AuthorizationHint')}
      </p>
    </div>
  );
}
