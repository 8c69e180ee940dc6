import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../lib/dates';
import { formatDateTime } from '../../../lib/format';
import { changesOf } from './audit-diff';

/** Before → after, field by field, in words a centre's admin can read. */
export function AuditChanges({ area, before, after }: { area: string; before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const changes = changesOf(before, after);
  if (changes.length === 0) return <span className="muted">{t('audit.noChanges')}</span>;

  const value = (field: string, v: unknown): string => {
    if (v === undefined || v === null || v === '') return t('audit.empty');
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    if (Array.isArray(v)) return v.map((item) => value(field, item)).join(t('audit.separator'));
    if (typeof v === 'string' && field === 'roles') return t(`roles.${v}`, { defaultValue: v });
    if (typeof v === 'string' && field === 'where') return t(`audit.where.${v}`, { defaultValue: v });
    if (typeof v === 'string' && (field === 'until' || field === 'lockedUntil'))
      return formatDateTime(v, i18n.language);
    // Publishing's states, whichever area's content moved (the platform's namespace has them).
    if (typeof v === 'string' && field === 'state') return t(`publishing:states.${v}`, { defaultValue: v });
    if (typeof v === 'string' && /^(i18n\.languages|i18n\.defaultLanguage)$/.test(field))
      return common(`language.names.${v}`, { defaultValue: v });
    if (typeof v === 'number' && field === 'closedWeekdays') return weekdayName(v, i18n.language, 'long');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v) ?? '';
  };
  const label = (field: string) => {
    if (!field) return t('audit.value');
    const key = `audit.fields.${field.replace(/\./g, '_')}`;
    const shell = t(key, { defaultValue: field });
    // A setting (`library.selfService`) is labelled by the area it is named after.
    const owner = area === 'platform' ? field.split('.')[0] : area;
    return owner && owner !== field ? t(`${owner}:${key}`, { defaultValue: shell }) : shell;
  };

  return (
    <dl className="changes">
      {changes.map((c) => (
        <div key={c.field} className="change">
          <dt>{label(c.field)}</dt>
          <dd>
            {before === null || before === undefined
              ? value(c.field, c.after)
              : t('audit.fromTo', { before: value(c.field, c.before), after: value(c.field, c.after) })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
