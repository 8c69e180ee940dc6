import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelfServiceError } from './self-service-errors';
import type { ScanLine } from './use-scan-lines';

/** The books of this session, newest first: each done, refused (with why) or still being checked. */
export function ScanLines<T>(props: {
  lines: ScanLine<T>[];
  label: string;
  render: (value: T) => ReactNode;
}) {
  const { lines, label, render } = props;
  const { t } = useTranslation('library');
  const errorText = useSelfServiceError();
  return (
    <ol className="library-scan-lines" aria-label={label} aria-live="polite">
      {lines.map((line) => (
        <li key={line.key} className={`library-scan-line library-scan-line-${line.state}`}>
          <span className="library-scan-line-code">{line.code}</span>
          {line.state === 'pending' && <span>{t('selfService.checking')}</span>}
          {line.state === 'done' && line.result !== null && render(line.result)}
          {line.state === 'refused' && (
            <strong className="library-scan-line-refusal">{errorText(line.error)}</strong>
          )}
        </li>
      ))}
    </ol>
  );
}
