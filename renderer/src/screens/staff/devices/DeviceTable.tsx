import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../../../electron/shared';
import { formatDateTime } from '../../../lib/format';
import { TableWrap } from '../../../components/TableWrap';

/** The paired screens, each with what the admin needs to recognise it, and an unpair button. */
export function DeviceTable(props: { devices: PairedDevice[]; onRevoke: (device: PairedDevice) => void }) {
  const { devices, onRevoke } = props;
  const { t, i18n } = useTranslation('staff');
  if (devices.length === 0) return <p className="notice">{t('devices.none')}</p>;
  return (
    <TableWrap label={t('devices.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('devices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('devices.name')}</th>
            <th scope="col">{t('devices.purpose')}</th>
            <th scope="col">{t('devices.pairedAt')}</th>
            <th scope="col">{t('devices.pairedBy')}</th>
            <th scope="col">{t('devices.lastSeen')}</th>
            <th scope="col">{t('devices.address')}</th>
            <th scope="col">{t('devices.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td>{t(`devices.purposes.${d.purpose}`)}</td>
              <td>{formatDateTime(d.pairedAt, i18n.language)}</td>
              <td>{d.pairedBy}</td>
              <td>{d.lastSeenAt ? formatDateTime(d.lastSeenAt, i18n.language) : t('devices.notSeen')}</td>
              <td lang="en">{d.lastAddress}</td>
              <td className="row-actions">
                <button type="button" className="btn btn-danger btn-small" onClick={() => onRevoke(d)}>
                  {t('devices.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
