import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../../../electron/shared';
import { STAFF_ROLES } from '../../../../../electron/shared/roles';
import { Choice } from '../../../components/Choice';

export function RoleChoices(props: {
  value: readonly StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string | null;
  errorId: string;
}) {
  const { value, onChange, error, errorId } = props;
  const { t } = useTranslation('staff');
  return (
    <fieldset className="choices" aria-describedby={error ? errorId : undefined}>
      <legend>{t('accounts.roles')}</legend>
      {STAFF_ROLES.map((role) => (
        <Choice
          key={role}
          checked={value.includes(role)}
          onChange={(on) => onChange(STAFF_ROLES.filter((r) => (r === role ? on : value.includes(r))))}
        >
          {t(`roles.${role}`)}
        </Choice>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
