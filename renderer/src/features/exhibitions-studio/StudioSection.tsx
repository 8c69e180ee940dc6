import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExhibitionEditor } from './ExhibitionEditor';
import { ExhibitionList } from './ExhibitionList';
import { StudioPreview } from './StudioPreview';
import './studio.css';

const idOf = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/**
 * The curators' studio of 园区历史展: the exhibitions' drafts, the editor, the preview as a visitor
 * and the submission for review. What is open lives in the address (`open`, `view`, `exhibit`,
 * `photo`), so a reload comes back to the same place and the form's draft fills it again.
 */
export function Component() {
  const { t } = useTranslation('exhibitions-studio');
  const [params, setParams] = useSearchParams();
  const open = params.get('open');
  const openId = idOf(open);
  const previewing = params.get('view') === 'preview' && openId !== null;
  const go = (next: Record<string, string>, replace = false) => setParams(next, { replace });
  const photo = idOf(params.get('photo'));
  const [saved, setSaved] = useState<number | null>(null);

  if (previewing) {
    return (
      <section className="exhibitions-studio" aria-label={t('list.heading')}>
        <StudioPreview
          id={openId}
          exhibit={params.get('exhibit')}
          photo={photo}
          onExhibit={(uid) => go({ open: String(openId), view: 'preview', exhibit: uid })}
          onPhoto={(index, replace) => {
            const exhibit = params.get('exhibit') ?? '';
            go(
              index === null
                ? { open: String(openId), view: 'preview', exhibit }
                : { open: String(openId), view: 'preview', exhibit, photo: String(index) },
              replace,
            );
          }}
          onEdit={() => go({ open: String(openId) })}
        />
      </section>
    );
  }
  return (
    <section className="exhibitions-studio" aria-labelledby="exhibitions-studio-title">
      <div className="section-head">
        <h1 id="exhibitions-studio-title">{t('list.heading')}</h1>
      </div>
      {open === null ? (
        <ExhibitionList onOpen={(id) => go({ open: String(id) })} onNew={() => go({ open: 'new' })} />
      ) : (
        <ExhibitionEditor
          key={open}
          id={openId}
          justSaved={saved !== null && saved === openId}
          onSaved={(id, after) => {
            setSaved(after === 'stay' ? id : null);
            go(
              after === 'preview' ? { open: String(id), view: 'preview' } : { open: String(id) },
              openId === null,
            );
          }}
          onPreview={(id) => {
            setSaved(null);
            go({ open: String(id), view: 'preview' });
          }}
          onBack={() => {
            setSaved(null);
            go({});
          }}
        />
      )}
    </section>
  );
}
