import { Select } from 'antd';
import { H5_AUTHORIZATIONS, type H5Authorization } from '../../../api/accounts';
import { useT } from '../../../i18n/I18nProvider';

interface H5AuthorizationSelectProps {
  id?: string;
  value?: H5Authorization;
  onChange?: (value: H5Authorization) => void;
  disabled?: boolean;
}

/** The web authorization the account's H5 chat page asks WeChat for; a Form.Item passes id, value and onChange. */
export function H5AuthorizationSelect({ id, value, onChange, disabled }: H5AuthorizationSelectProps) {
  const t = useT();
  return (
    <Select<H5Authorization>
      id={id}
      value={value}
      disabled={disabled}
      onChange={onChange}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240 }}
      options={H5_AUTHORIZATIONS.map((option) => ({
        value: option,
        label: t(`accounts.h5Authorization.${option}`),
      }))}
    />
  );
}
