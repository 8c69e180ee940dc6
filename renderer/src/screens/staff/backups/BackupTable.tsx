import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../../electron/shared';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { TableWrap } from '../../../components/TableWrap';

const REASONS = ['manual', 'daily', 'pre-migration', 'uploaded'] as const;
type KnownReason = (typeof REASONS)[number];
const isKnown = (r: string): r is KnownReason => (REASONS as readonly string[]).includes(r);

/**
 * Backups, newest first, each with a restore button (and, where given, one for a sealed copy for a
 * USB stick). Used by the staff area and the recovery screen.
 */
export function BackupTable(props: {
  backups: BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
  onSeal?: (backup: BackupInfo) => void;
  busy?: boolean;
}) {
  const { backups, onRestore, onSeal, busy } = props;
  const { t, i18n } = useTranslation('staff');
  if (backups.length === 0) return <p className="notice">{t('backups.none')}</p>;
  return (
    <TableWrap label={t('backups.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('backups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backups.when')}</th>
            <th scope="col">{t('backups.size')}</th>
            <th scope="col">{t('backups.reason')}</th>
            <th scope="col">{t('backups.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.name}>
              <th scope="row">{formatDateTime(b.createdAt, i18n.language)}</th>
              <td>{formatBytes(b.bytes, i18n.language)}</td>
              <td>{isKnown(b.reason) ? t(`backups.reasons.${b.reason}`) : b.reason}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  disabled={busy}
                  onClick={() => onRestore(b)}
                >
                  {t('backups.restore')}
                </button>
                {onSeal && (
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    disabled={busy}
                    onClick={() => onSeal(b)}
                  >
                    {t('backups.seal')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
