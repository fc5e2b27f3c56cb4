import { useEffect, useState } from 'react';
import { loadPart } from '../ui/load-part';
import { whenFiltersMayLoad } from './filters-part';
import type * as PageMenusModule from './page-menus';
import type { PageMenusProps } from './page-menus';

type Part = typeof PageMenusModule;

/**
 * Share and Download are not used before the chart has drawn: their code (the menus' items, the
 * menu button) is fetched when the filters' is (filters-part.ts), once the chart has drawn or at
 * once on a page that draws none first. Kept once it has arrived, so a header drawn anew (another
 * record) has its menus at once; a failed fetch is tried again by the next header.
 */
let loaded: Part | undefined;
const loadMenus = (): Promise<Part> =>
  whenFiltersMayLoad()
    .then(() => loadPart(() => import('./page-menus'), 'the Share and Download menus'))
    .then((part) => (loaded = part));

/**
 * Until their code arrives the two look as they will, in their place, so nothing in the header
 * moves; they are not buttons yet, so there is nothing to focus or announce that would not work.
 */
const placeholder = ['Share', 'Download'].map((label) => (
  <div key={label} className="menu-button" aria-hidden="true">
    <span className="btn">
      {label} <span>▾</span>
    </span>
  </div>
));

/**
 * The Share and Download menus, in their place from the first frame. Code that cannot be fetched
 * is said where they would be, politely: the reader did not ask for them, and the page goes on.
 */
export function PageMenusSlot(props: PageMenusProps) {
  const [part, setPart] = useState<Part | Error | undefined>(loaded);
  useEffect(() => {
    let live = true;
    const show = (p: Part | Error) => live && setPart(p);
    if (!loaded) loadMenus().then(show, show);
    return () => {
      live = false;
    };
  }, []);
  if (part instanceof Error) {
    return (
      <p className="download-status" role="status">
        {part.message}
      </p>
    );
  }
  return part ? <part.PageMenus {...props} /> : placeholder;
}
