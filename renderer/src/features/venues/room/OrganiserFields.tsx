import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../../electron/shared';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';

interface Field {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/**
 * 单位 and 党支部, with the park's companies and branches that match what is being typed (the
 * reading room's borrowers, earlier bookings): one tap fills both, nobody retypes a name. A name
 * the park does not know yet is simply typed out.
 */
export function OrganiserFields(props: { company: Field; branch: Field; onPick: (o: Organisation) => void }) {
  const { company, branch, onPick } = props;
  const { t } = useTranslation('venues');
  // What was typed last, in either field; empty once a suggestion is taken.
  const [typed, setTyped] = useState('');
  const q = typed.trim();
  const suggestions = useQuery({
    queryKey: ['platform', 'organisations', q],
    queryFn: () => invoke('organisations.suggest', { q }),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const same = (o: Organisation) => (o.company ?? '') === company.value && (o.branch ?? '') === branch.value;
  const shown = q === '' ? [] : (suggestions.data ?? []).filter((o) => !same(o));
  const typing = (field: Field) => (value: string) => {
    field.onChange(value);
    setTyped(value);
  };

  return (
    <>
      <div className="form-row">
        <TextField
          label={t('form.company')}
          kind="words"
          maxLength={80}
          {...company}
          onChange={typing(company)}
        />
        <TextField
          label={t('form.branch')}
          kind="words"
          maxLength={80}
          {...branch}
          onChange={typing(branch)}
        />
      </div>
      {shown.length > 0 && (
        <div className="venues-organisations">
          <p className="field-hint" id="venues-organisations-label">
            {t('form.organisations')}
          </p>
          <ul aria-labelledby="venues-organisations-label">
            {shown.map((o) => (
              <li key={`${o.company ?? ''}|${o.branch ?? ''}`}>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => {
                    onPick(o);
                    setTyped('');
                  }}
                >
                  {[o.company, o.branch].filter(Boolean).join(' · ')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
