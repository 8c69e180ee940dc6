import { useTranslation } from 'react-i18next';
import { BackspaceIcon } from '../icons';
import type { FieldHandle } from './keyboard-context';
import { Key } from './Key';

const ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** The numeric pad for PINs and numbers: large keys in the telephone order elderly users know. */
export function PinPad({ field }: { field: FieldHandle }) {
  const { t } = useTranslation('keyboard');
  return (
    <div className="keys keys-pin">
      {ROWS.map((row) => (
        <div className="key-row" key={row.join('')}>
          {row.map((d) => (
            <Key key={d} onPress={() => field.insert(d)}>
              {d}
            </Key>
          ))}
        </div>
      ))}
      <div className="key-row">
        <Key label={t('keys.clear')} onPress={field.clear}>
          {t('keys.clear')}
        </Key>
        <Key onPress={() => field.insert('0')}>0</Key>
        <Key label={t('keys.backspace')} onPress={field.backspace}>
          <BackspaceIcon />
        </Key>
      </div>
      <div className="key-row">
        <Key label={t('keys.done')} wide="action" onPress={field.done}>
          {t('keys.done')}
        </Key>
      </div>
    </div>
  );
}
