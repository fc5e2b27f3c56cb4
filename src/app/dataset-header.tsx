import { useMemo, type RefObject } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import type { ViewState } from '../state/view-state';
import { AboutDataset, firstSentence } from '../panels/about-dataset';
import type { ImageSource } from '../panels/download-menu';
import { Segmented } from '../ui/segmented';
import { SearchBox } from './search-box';
import { SiteHeader } from './site-header';
import { PageMenusSlot } from './page-menus-slot';
import type { PageActions } from './use-view-actions';
import type { ShareLinks } from './use-share-links';

const VIEW_OPTIONS = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'list', label: 'List' },
] as const;

interface Props {
  dataset: Dataset;
  state: ViewState;
  actions: PageActions;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The narrow screens' Filters button, which opens the filters drawer. */
  filtersButtonRef: RefObject<HTMLButtonElement | null>;
  filtersOpen: boolean;
  onOpenFilters: () => void;
  /** The events that pass the filters, and the view as an image, for the Download menu. */
  shown: readonly StanceEvent[];
  image: ImageSource;
  links: ShareLinks;
  onShareView: () => void;
  onCopy: (text: string, what: string) => void;
  onShortcuts: () => void;
}

/** The banner of a dataset's page: its title and about, search, the view switch, Share, Download. */
export function DatasetHeader(props: Props) {
  const { dataset, state, actions, searchRef, filtersButtonRef, filtersOpen, onOpenFilters } =
    props;
  const { shown, image, links, onShareView, onCopy, onShortcuts } = props;
  const { meta } = dataset;
  // Once per record, not on every filter change (which renders the header again): the regular
  // expression may have to be compiled again by then, a few ms of the click.
  const description = useMemo(() => firstSentence(meta.description), [meta.description]);
  return (
    <SiteHeader
      title={meta.title}
      description={description}
      about={<AboutDataset dataset={dataset} />}
      onShortcuts={onShortcuts}
      tools={
        <>
          <SearchBox ref={searchRef} value={state.q} onCommit={actions.setQuery} />
          <Segmented
            label="View"
            options={VIEW_OPTIONS}
            value={state.view}
            onChange={actions.setView}
          />
          <button
            ref={filtersButtonRef}
            type="button"
            className="btn mobile-only"
            aria-expanded={filtersOpen}
            aria-controls="filters"
            onClick={onOpenFilters}
          >
            Filters
          </button>
        </>
      }
      actions={
        <PageMenusSlot
          dataset={dataset}
          shown={shown}
          image={image}
          links={links}
          onShareView={onShareView}
          onCopy={onCopy}
        />
      }
    />
  );
}
