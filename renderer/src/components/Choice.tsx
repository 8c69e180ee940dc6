import type { ReactNode } from 'react';

/** A checkbox or radio button with a label big enough to hit with a finger. */
export function Choice(props: {
  type?: 'checkbox' | 'radio';
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  lang?: string;
  children: ReactNode;
}) {
  const { type = 'checkbox', name, checked, onChange, disabled, lang, children } = props;
  return (
    <label className="choice" lang={lang}>
      <input
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
