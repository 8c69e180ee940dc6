import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfServiceBorrower } from '../../../../../electron/shared/library.api';
import { ScanField } from '../../../components/ScanField';
import { TextField } from '../../../components/keyboard/TextField';
import { ApiFailure, invoke } from '../../../lib/api';
import { ScanIcon } from '../library-icons';
import { useSelfServiceError } from './self-service-errors';

/** Who is at the screen: the card, its PIN when one is asked for, and what the API told about it. */
export interface SelfCard {
  cardNo: string;
  pin: string | undefined;
  borrower: SelfServiceBorrower;
}

/**
 * The first step of borrowing and of returning: the card, then its PIN on the PIN pad when the
 * centre asks everyone for one (`pinRequired`) or the API says this card has one (`pin_required`).
 * The PIN stays in this screen's memory only until "finish" or the idle reset.
 */
export function CardStep({
  pinRequired,
  onCard,
}: {
  pinRequired: boolean;
  onCard: (card: SelfCard) => void;
}) {
  const { t } = useTranslation('library');
  const errorText = useSelfServiceError();
  const [cardNo, setCardNo] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each refused PIN mounts the field afresh, focused: the PIN pad is back for the next try without
  // a visitor having to find the field and tap it again.
  const [tries, setTries] = useState(0);

  const look = (card: string, withPin: string | undefined) => {
    setError(null);
    setBusy(true);
    invoke('selfservice.borrower', { cardNo: card, ...(withPin === undefined ? {} : { pin: withPin }) }).then(
      (borrower) => onCard({ cardNo: card, pin: withPin, borrower }),
      (e: unknown) => {
        setBusy(false);
        setPin('');
        setTries((n) => n + 1);
        if (e instanceof ApiFailure && e.code === 'pin_required') setCardNo(card);
        else setError(errorText(e));
      },
    );
  };

  const readCard = (card: string) => {
    if (pinRequired) {
      setError(null);
      setCardNo(card);
    } else look(card, undefined);
  };

  const submitPin = (e: FormEvent) => {
    e.preventDefault();
    if (cardNo === null || busy) return;
    if (pin === '') setError(t('selfService.errors.pin_required'));
    else look(cardNo, pin);
  };

  const failure = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );

  if (cardNo === null) {
    return (
      <div className="library-self-step">
        <h2>{t('selfService.cardStep')}</h2>
        <ScanField
          key="card"
          label={t('selfService.cardLabel')}
          hint={t('selfService.cardHint')}
          submitLabel={t('selfService.cardSubmit')}
          emptyError={t('selfService.emptyCode')}
          icon={<ScanIcon />}
          huge
          autoFocus
          onScan={readCard}
        />
        {failure}
      </div>
    );
  }
  return (
    <form className="library-self-step" onSubmit={submitPin} noValidate>
      <h2>{t('selfService.pinStep')}</h2>
      <TextField
        key={tries}
        label={t('selfService.pinLabel')}
        hint={t('selfService.pinHint')}
        kind="pin"
        name="pin"
        value={pin}
        onChange={setPin}
        maxLength={12}
        autoFocus
      />
      {failure}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-huge" disabled={busy}>
          {t('selfService.pinSubmit')}
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-huge"
          onClick={() => {
            setCardNo(null);
            setPin('');
            setError(null);
          }}
        >
          {t('selfService.otherCard')}
        </button>
      </div>
    </form>
  );
}
