import type { MouseEvent, ReactNode } from 'react';

// Keeps focus (and the caret) in the field being typed into: a key press must not blur it.
const keepFocus = (e: MouseEvent) => e.preventDefault();

export function Key(props: {
  label?: string;
  onPress: () => void;
  children: ReactNode;
  wide?: 'double' | 'space' | 'action';
  pressed?: boolean;
  disabled?: boolean;
  lang?: string;
}) {
  const { label, onPress, children, wide, pressed, disabled, lang } = props;
  return (
    <button
      type="button"
      className={wide ? `key key-${wide}` : 'key'}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      lang={lang}
      onMouseDown={keepFocus}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
