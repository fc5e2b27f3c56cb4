import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { DownloadMenu, type ImageSource } from '../panels/download-menu';
import { ShareMenu } from '../panels/share-menu';
import type { ShareLinks } from './use-share-links';

export interface PageMenusProps {
  dataset: Dataset;
  /** The events that pass the filters, and the view as an image, for the Download menu. */
  shown: readonly StanceEvent[];
  image: ImageSource;
  links: ShareLinks;
  onShareView: () => void;
  onCopy: (text: string, what: string) => void;
}

/**
 * The page's Share and Download menus, first in the row of page actions. Their code is one
 * part, fetched once the chart has drawn (page-menus-slot.tsx).
 */
export function PageMenus({ dataset, shown, image, links, onShareView, onCopy }: PageMenusProps) {
  return (
    <>
      <ShareMenu
        onCopyLink={onShareView}
        embedUrl={links.embed}
        datasetTitle={dataset.meta.title}
        onCopy={onCopy}
      />
      <DownloadMenu dataset={dataset} shown={shown} eventLink={links.event} image={image} />
    </>
  );
}
