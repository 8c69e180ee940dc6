import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice, PairingCode } from '../../../../../electron/shared';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { DeviceTable } from './DeviceTable';
import { PairingCodeCard } from './PairingCodeCard';
import { RevokeDialog } from './RevokeDialog';
import './devices.css';

/** A code on show, with the screens paired when it was made: a new one among them has used it. */
interface ShownCode {
  pairing: PairingCode;
  known: ReadonlySet<number>;
}

/**
 * The admin's view of the centre's screens: how a new one reaches the hub, a pairing code for it,
 * and the screens paired so far. Kept current by the `devices` pushes (a screen pairing itself).
 */
export function DevicesSection() {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const overview = useQuery({ queryKey: ['devices', 'list'], queryFn: () => invoke('devices.list', {}) });
  const [shown, setShown] = useState<ShownCode | null>(null);
  const [picked, setPicked] = useState<PairedDevice | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);

  const makeCode = useMutation({
    mutationFn: () => invoke('devices.pairingCode', {}),
    onSuccess: (pairing) => {
      const devices = overview.data?.devices ?? [];
      setShown({ pairing, known: new Set(devices.map((d) => d.id)) });
      setRevokedName(null);
    },
  });
  const revoke = useMutation({
    mutationFn: (device: PairedDevice) => invoke('devices.revoke', { id: device.id }),
    onSuccess: (_, device) => {
      setPicked(null);
      setRevokedName(device.name);
      void queryClient.invalidateQueries({ queryKey: ['devices'] });
    },
  });

  const lan = overview.data?.lan ?? null;
  const devices = overview.data?.devices ?? [];
  // A code works once: the screen that used it shows up in the list, and the code is put away.
  const newcomer = shown ? devices.find((d) => !shown.known.has(d.id)) : undefined;
  const failure = makeCode.error ?? overview.error;

  return (
    <section aria-labelledby="devices-title" className="devices">
      <div className="section-head">
        <h1 id="devices-title">{t('sections.devices')}</h1>
        {lan && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => makeCode.mutate()}
            disabled={makeCode.isPending}
          >
            {makeCode.isPending
              ? t('devices.making')
              : shown
                ? t('devices.remakeCode')
                : t('devices.makeCode')}
          </button>
        )}
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {errorText(failure)}
        </p>
      )}
      {overview.data && !lan && <p className="notice devices-no-lan">{t('devices.noLan')}</p>}
      {lan && (
        <>
          <p className="lead">{t('devices.intro')}</p>
          <dl className="devices-hub">
            <dt>{t('devices.addresses')}</dt>
            {lan.urls.map((url) => (
              <dd key={url} lang="en" className="devices-url">
                {url}
              </dd>
            ))}
            <dt>{t('devices.fingerprint')}</dt>
            <dd lang="en" className="devices-fingerprint">
              {lan.fingerprint}
            </dd>
            <dd className="field-hint">{t('devices.fingerprintHint')}</dd>
          </dl>
        </>
      )}
      {newcomer && (
        <p className="notice notice-ok" role="status">
          {t('devices.pairedNew', { name: newcomer.name })}
        </p>
      )}
      {shown && !newcomer && <PairingCodeCard key={shown.pairing.expiresAt} pairing={shown.pairing} />}
      {revokedName && (
        <p className="notice notice-ok" role="status">
          {t('devices.revoked', { name: revokedName })}
        </p>
      )}
      {overview.data && (
        <>
          <h2>{t('devices.list')}</h2>
          <DeviceTable devices={devices} onRevoke={setPicked} />
        </>
      )}
      {picked && (
        <RevokeDialog
          device={picked}
          busy={revoke.isPending}
          error={revoke.isError ? errorText(revoke.error) : null}
          onConfirm={() => revoke.mutate(picked)}
          onCancel={() => {
            setPicked(null);
            revoke.reset();
          }}
        />
      )}
    </section>
  );
}
