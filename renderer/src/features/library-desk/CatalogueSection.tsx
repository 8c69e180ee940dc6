import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ReadingListsPanel } from './catalogue/ReadingListsPanel';
import { ShelvesPanel } from './catalogue/ShelvesPanel';
import { EMPTY_TITLE } from './catalogue/title-form';
import { TitleEditor } from './catalogue/TitleEditor';
import { TitleForm } from './catalogue/TitleForm';
import { TitleSearch } from './catalogue/TitleSearch';
import { Segmented } from '../../components/Segmented';
import './shared/shared.css';
import './catalogue/catalogue.css';

type Tab = 'titles' | 'shelves' | 'lists';
const TABS: readonly Tab[] = ['titles', 'shelves', 'lists'];
const NEW_TITLE_DRAFT = 'library-desk.title.new';

/**
 * Titles, copies, shelves and reading lists. The open tab and title live in the address, so a reload
 * comes back to the same form, whose draft then fills it again.
 */
export function Component() {
  const { t } = useTranslation('library-desk');
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'titles';
  const open = params.get('title');
  const openId = open !== null && /^\d+$/.test(open) ? Number(open) : null;
  const go = (next: { tab?: Tab; title?: string | null }) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (next.tab) q.set('tab', next.tab);
      if (next.title === null) q.delete('title');
      else if (next.title !== undefined) q.set('title', next.title);
      return q;
    });

  return (
    <section className="library-desk" aria-labelledby="catalogue-title">
      <div className="section-head">
        <h1 id="catalogue-title">{t('sections.catalogue')}</h1>
        <Segmented<Tab>
          label={t('catalogue.tabs')}
          value={tab}
          onChange={(next) => go({ tab: next, title: null })}
          options={TABS.map((x) => ({ value: x, label: t(`catalogue.tab.${x}`) }))}
        />
      </div>
      {tab === 'titles' && open === 'new' && (
        <TitleForm
          formId={NEW_TITLE_DRAFT}
          initial={EMPTY_TITLE}
          onSaved={(title) => go({ title: String(title.id) })}
          onCancel={() => go({ title: null })}
          onOpenTitle={(id) => go({ title: String(id) })}
        />
      )}
      {tab === 'titles' && openId !== null && (
        <TitleEditor
          key={openId}
          id={openId}
          onClose={() => go({ title: null })}
          onOpen={(id) => go({ title: String(id) })}
        />
      )}
      {tab === 'titles' && open === null && (
        <TitleSearch onOpen={(id) => go({ title: String(id) })} onAdd={() => go({ title: 'new' })} />
      )}
      {tab === 'shelves' && <ShelvesPanel />}
      {tab === 'lists' && <ReadingListsPanel />}
    </section>
  );
}
