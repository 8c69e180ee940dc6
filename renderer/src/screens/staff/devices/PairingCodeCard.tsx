import { useTranslation } from 'react-i18next';
import type { PairingCode } from '../../../../../electron/shared';
import { QrCode } from '../../../components/QrCode';
import { useCountdown } from './use-countdown';

/** The address the QR code opens: the pairing page of the hub's first address, with the code filled in. */
export function pairingUrl(base: string, code: string): string {
  return `${base.replace(/\/+$/, '')}/pair?code=${code}`;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** One pairing code, big enough to read across a desk, with its time left and its QR code. */
export function PairingCodeCard({ pairing }: { pairing: PairingCode }) {
  const { t } = useTranslation('staff');
  const left = useCountdown(pairing.expiresAt);
  const base = pairing.lan?.urls[0];
  if (left === 0) {
    return (
      <p className="notice notice-error" role="alert">
        {t('devices.expired')}
      </p>
    );
  }
  const url = base ? pairingUrl(base, pairing.code) : null;
  return (
    <div className="devices-code">
      <div className="devices-code-text">
        <p className="devices-code-label">{t('devices.code')}</p>
        <p className="devices-code-digits" lang="en">
          {pairing.code}
        </p>
        <p className="devices-code-left">{t('devices.expiresIn', { time: clock(left) })}</p>
      </div>
      {url && (
        <figure className="devices-qr">
          <QrCode className="devices-qr-svg" text={url} label={t('devices.qrLabel', { url })} />
          <figcaption>{t('devices.qr')}</figcaption>
        </figure>
      )}
    </div>
  );
}
