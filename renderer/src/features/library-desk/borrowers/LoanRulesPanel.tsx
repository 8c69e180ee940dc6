import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRule } from '../../../../../electron/shared/library.api';
import { Choice } from '../../../components/Choice';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';

const LIMITS = { days: [1, 365], maxItems: [0, 100], renewals: [0, 10] } as const;
type NumberField = keyof typeof LIMITS;

function RuleForm({ rule }: { rule: LoanRule }) {
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [values, setValues] = useState<Record<NumberField, string>>({
    days: String(rule.days),
    maxItems: String(rule.maxItems),
    renewals: String(rule.renewals),
  });
  const [block, setBlock] = useState(rule.blockWhenOverdue);
  const [bad, setBad] = useState<Partial<Record<NumberField, string>>>({});
  const save = useMutation({
    mutationFn: () =>
      invoke('loanRules.update', {
        borrowerType: rule.borrowerType,
        days: Number(values.days),
        maxItems: Number(values.maxItems),
        renewals: Number(values.renewals),
        blockWhenOverdue: block,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<NumberField, string>> = {};
    for (const f of Object.keys(LIMITS) as NumberField[]) {
      const [min, max] = LIMITS[f];
      const n = Number(values[f]);
      if (values[f] === '' || !Number.isInteger(n) || n < min || n > max)
        problems[f] = t('rules.range', { min, max });
    }
    setBad(problems);
    if (Object.keys(problems).length === 0) save.mutate();
  };
  const field = (f: NumberField, label: string) => (
    <TextField
      label={label}
      kind="digits"
      value={values[f]}
      onChange={(v) => {
        setValues((old) => ({ ...old, [f]: v }));
        save.reset();
      }}
      maxLength={3}
      error={bad[f] ?? refused[f]}
    />
  );
  const headingId = `rule-${rule.borrowerType}`;
  return (
    <form
      className="form library-form-wide panel library-rule-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t(`borrowerTypes.${rule.borrowerType}`)}</h3>
      <div className="form-row">
        {field('days', t('rules.days'))}
        {field('maxItems', t('rules.maxItems'))}
        {field('renewals', t('rules.renewals'))}
      </div>
      <Choice
        checked={block}
        onChange={(on) => {
          setBlock(on);
          save.reset();
        }}
      >
        {t('rules.block')}
      </Choice>
      {save.isError && Object.keys(refused).length === 0 && (
        <p className="form-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('rules.save', { type: t(`borrowerTypes.${rule.borrowerType}`) })}
        </button>
        {save.isSuccess && (
          <span className="library-text-ok" role="status">
            {t('common.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

/** Loan days, the most books at once, renewals and the overdue block, per kind of borrower. */
export function LoanRulesPanel() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const rules = useQuery({ queryKey: deskKeys.rules, queryFn: () => invoke('loanRules.list', {}) });
  return (
    <div>
      <h2>{t('rules.heading')}</h2>
      <p className="muted">{t('rules.intro')}</p>
      <p className="muted">{t('rules.closedDays')}</p>
      {rules.isError && (
        <p className="form-error" role="alert">
          {errorText(rules.error)}
        </p>
      )}
      <div className="library-rule-grid">
        {rules.data?.map((r) => (
          <RuleForm
            key={`${r.borrowerType}-${r.days}-${r.maxItems}-${r.renewals}-${r.blockWhenOverdue}`}
            rule={r}
          />
        ))}
      </div>
    </div>
  );
}
