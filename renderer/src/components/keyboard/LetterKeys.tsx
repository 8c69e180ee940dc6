import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackspaceIcon, ShiftIcon } from '../icons';
import { CandidateStrip } from './CandidateStrip';
import { useKeyboard, type FieldHandle } from './keyboard-context';
import { Key } from './Key';
import { pinyinInputMethod } from './pinyin-input-method';
import type { LetterKind } from './typing';
import { useComposition } from './use-composition';

const DIGITS = [...'1234567890'];
const LETTER_ROWS = [[...'qwertyuiop'], [...'asdfghjkl'], [...'zxcvbnm']];
const SYMBOLS = [
  { char: '-', name: 'hyphen' },
  { char: '_', name: 'underscore' },
  { char: '.', name: 'period' },
] as const;

/**
 * The QWERTY layout with digits; letters go through pinyin when it is on. It starts as the field's
 * kind asks on this screen (see typing.ts), and the switch key turns pinyin on and off.
 */
export function LetterKeys(props: { field: FieldHandle }) {
  const { field } = props;
  const { t, i18n } = useTranslation('keyboard');
  const { typingFor, chooseTyping } = useKeyboard();
  const [shift, setShift] = useState(false);
  const kind: LetterKind = field.kind === 'code' ? 'code' : 'words';
  const pinyin = typingFor(kind) === 'pinyin';
  const method = pinyin ? pinyinInputMethod : null;
  const composition = useComposition(method, field, i18n.language);

  const type = (char: string) => {
    if (method?.accepts(char)) return composition.push(char);
    composition.commitRaw();
    field.insert(char);
  };
  const letter = (char: string) => (shift ? char.toUpperCase() : char);
  const switchMethod = () => {
    composition.commitRaw();
    chooseTyping(kind, pinyin ? 'letters' : 'pinyin');
  };

  return (
    <div className="keys keys-letters">
      {method && composition.buffer && <CandidateStrip composition={composition} />}
      <div className="key-row">
        {DIGITS.map((d) => (
          <Key key={d} onPress={() => type(d)}>
            {d}
          </Key>
        ))}
      </div>
      {LETTER_ROWS.map((row, i) => (
        <div className="key-row" key={row.join('')}>
          {i === 2 && (
            <Key label={t('keys.shift')} pressed={shift} wide="double" onPress={() => setShift((s) => !s)}>
              <ShiftIcon />
            </Key>
          )}
          {row.map((c) => (
            <Key key={c} onPress={() => type(letter(c))}>
              {letter(c)}
            </Key>
          ))}
          {i === 2 && (
            <Key
              label={t('keys.backspace')}
              wide="double"
              onPress={() => composition.backspace() || field.backspace()}
            >
              <BackspaceIcon />
            </Key>
          )}
        </div>
      ))}
      <div className="key-row">
        <Key label={t('keys.switchMethod')} pressed={pinyin} wide="double" onPress={switchMethod}>
          {pinyin ? t('keys.pinyin') : t('keys.latin')}
        </Key>
        {SYMBOLS.map((s) => (
          <Key key={s.char} label={t(`keys.${s.name}`)} onPress={() => type(s.char)}>
            {s.char}
          </Key>
        ))}
        <Key
          label={t('keys.space')}
          wide="space"
          onPress={() => {
            const first = composition.candidates.items[0];
            if (first) composition.choose(first);
            else type(' ');
          }}
        >
          {t('keys.space')}
        </Key>
        <Key
          label={t('keys.clear')}
          wide="double"
          onPress={() => {
            composition.reset();
            field.clear();
          }}
        >
          {t('keys.clear')}
        </Key>
        <Key
          label={t('keys.done')}
          wide="action"
          onPress={() => {
            composition.commitRaw();
            field.done();
          }}
        >
          {t('keys.done')}
        </Key>
      </div>
    </div>
  );
}
